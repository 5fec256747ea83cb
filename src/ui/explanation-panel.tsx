// Shows why the engine decided as it did. It only renders the engine's Evaluation: it never works a
// decision out again.
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type {
  AuthorizationRequest,
  EvalDecision,
  Evaluation,
  GateOutcome,
  PolicyGate,
  PolicyInput,
  PolicySourceType,
  StatementRef,
  StatementTrace,
} from '@/iam';

export interface ExplanationPanelProps {
  evaluation: Evaluation;
  /** The request the engine evaluated; with it, decisive statements show their JSON. */
  request?: AuthorizationRequest;
}

const DECISION: Record<EvalDecision, { type: 'success' | 'error'; text: string }> = {
  allowed: { type: 'success', text: 'Allowed' },
  explicitDeny: { type: 'error', text: 'Explicit deny' },
  implicitDeny: { type: 'error', text: 'Implicit deny' },
};

const GATE_LABEL: Record<PolicyGate | 'trust', string> = {
  scp: 'Service control policies',
  resource: 'Resource-based policy',
  identity: 'Identity-based policies',
  boundary: 'Permissions boundary',
  session: 'Session policies',
  trust: 'Role trust policy',
};

const GATE_NOUN: Record<PolicyGate | 'trust', string> = {
  scp: 'service control policy',
  resource: 'resource-based policy',
  identity: 'identity-based policy',
  boundary: 'permissions boundary',
  session: 'session policy',
  trust: 'role trust policy',
};

const TYPE_LABEL: Record<PolicySourceType, string> = {
  'aws-managed': 'AWS managed',
  'customer-managed': 'Customer managed',
  'inline-user': 'Customer inline',
  'inline-group': 'Customer inline',
  'inline-role': 'Customer inline',
  boundary: 'Permissions boundary',
  resource: 'Resource-based policy',
  trust: 'Role trust policy',
  scp: 'Service control policy',
  session: 'Session policy',
};

/** The policy a statement reference points at, in the request the engine saw. */
function policyOf(ref: StatementRef, request?: AuthorizationRequest): PolicyInput | undefined {
  if (!request) return undefined;
  switch (ref.gate) {
    case 'identity':
      return request.identityPolicies[ref.policyIndex];
    case 'boundary':
      return request.permissionsBoundary;
    case 'resource':
      return request.resourcePolicy;
    case 'session':
      return request.sessionPolicies?.[ref.policyIndex];
    case 'scp':
      return request.serviceControlPolicies?.[ref.scpLevel ?? 0]?.[ref.policyIndex];
  }
}

/** The statement's JSON as written (from its span) or, for a parsed document, re-printed. */
export function statementSnippet(ref: StatementRef, request?: AuthorizationRequest): string | null {
  const policy = policyOf(ref, request);
  if (!policy) return null;
  const doc = policy.document;
  if (typeof doc === 'string' && ref.span) {
    // Lines after the first keep the policy's indentation; take off the statement's own.
    const indent = ' '.repeat(Math.max(0, ref.span.start.column - 1));
    return doc
      .slice(ref.span.start.offset, ref.span.end.offset)
      .split('\n')
      .map((line, i) => (i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
  }
  let parsed: unknown = doc;
  if (typeof doc === 'string') {
    try {
      parsed = JSON.parse(doc);
    } catch {
      return null;
    }
  }
  if (typeof parsed !== 'object' || parsed === null || !('Statement' in parsed)) return null;
  const statements: unknown = parsed.Statement;
  const one = Array.isArray(statements) ? statements[ref.statementIndex] : statements;
  return one === undefined ? null : JSON.stringify(one, null, 2);
}

function statementLabel(ref: StatementRef): string {
  return ref.sid ? `Sid "${ref.sid}"` : `Statement[${ref.statementIndex}] (no Sid)`;
}

interface StatementDetailsProps {
  statement: StatementRef;
  request?: AuthorizationRequest;
}

function StatementDetails({ statement, request }: StatementDetailsProps) {
  const snippet = statementSnippet(statement, request);
  return (
    <SpaceBetween size="s">
      <KeyValuePairs
        columns={4}
        items={[
          { label: 'Policy name', value: statement.policyName ?? statement.policyArn ?? '-' },
          {
            label: 'Type',
            value: statement.policyType
              ? TYPE_LABEL[statement.policyType]
              : GATE_LABEL[statement.gate],
          },
          { label: 'Attached via', value: statement.attachedVia ?? '-' },
          { label: 'Statement', value: `${statementLabel(statement)}, Effect ${statement.effect}` },
        ]}
      />
      {snippet !== null && (
        <Box variant="code">
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{snippet}</pre>
        </Box>
      )}
    </SpaceBetween>
  );
}

function gateResult(gate: GateOutcome): string {
  if (!gate.present) return 'None (does not limit the request)';
  if (gate.result === 'allow') return 'Allows';
  if (gate.result === 'explicitDeny') return 'Explicit deny';
  return 'No statement allows the action (implicit deny)';
}

function DecisiveSection({ evaluation, request }: ExplanationPanelProps) {
  const { decision, denial, decisiveStatements, request: req } = evaluation;
  if (decision === 'implicitDeny') {
    const gate = denial ? GATE_NOUN[denial.policyType] : 'policy';
    return (
      <Box variant="p">
        No statement allows the action. No {gate} has an Allow statement that matches{' '}
        <Box variant="code">{req.action}</Box>
        {req.resource !== '*' && (
          <>
            {' '}
            on <Box variant="code">{req.resource}</Box>
          </>
        )}
        , so the request is implicitly denied.
      </Box>
    );
  }
  const intro =
    decision === 'explicitDeny'
      ? 'An explicit deny overrides every allow. This statement denied the request:'
      : 'This statement allowed the request:';
  return (
    <SpaceBetween size="m">
      <Box variant="p">{intro}</Box>
      {decisiveStatements.map((s) => (
        <StatementDetails
          key={`${s.gate}-${s.scpLevel ?? 0}-${s.policyIndex}-${s.statementIndex}`}
          statement={s}
          request={request}
        />
      ))}
    </SpaceBetween>
  );
}

/** The engine's explanation of one decision: the decisive statement, each policy type, missing keys. */
export function ExplanationPanel({ evaluation, request }: ExplanationPanelProps) {
  const decision = DECISION[evaluation.decision];
  const req = evaluation.request;
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h3">Request</Header>}>
        <KeyValuePairs
          columns={2}
          items={[
            { label: 'Principal', value: req.principalArn },
            { label: 'Action', value: req.action },
            { label: 'Resource', value: req.resource },
            {
              label: 'Decision',
              value: <StatusIndicator type={decision.type}>{decision.text}</StatusIndicator>,
            },
          ]}
        />
      </Container>
      <Container header={<Header variant="h3">Decisive statement</Header>}>
        <DecisiveSection evaluation={evaluation} request={request} />
      </Container>
      <Table
        variant="container"
        header={<Header variant="h3">Policy types evaluated ({evaluation.gates.length})</Header>}
        items={evaluation.gates}
        trackBy="gate"
        columnDefinitions={[
          { id: 'type', header: 'Policy type', cell: (g) => GATE_LABEL[g.gate] },
          { id: 'result', header: 'Result', cell: gateResult },
          { id: 'matched', header: 'Matching statements', cell: (g) => g.matched.length },
        ]}
      />
      {evaluation.missingContextKeys.length > 0 && (
        <Container header={<Header variant="h3">Missing context keys</Header>}>
          <Box variant="p">
            A condition asked for these keys, but the request did not have them:{' '}
            {evaluation.missingContextKeys.join(', ')}
          </Box>
        </Container>
      )}
      <ExpandableSection headerText={`All statements considered (${evaluation.trace.length})`}>
        <Table<StatementTrace>
          variant="embedded"
          items={evaluation.trace}
          columnDefinitions={[
            { id: 'policy', header: 'Policy', cell: (t) => t.policyName ?? GATE_LABEL[t.gate] },
            { id: 'statement', header: 'Statement', cell: statementLabel },
            { id: 'effect', header: 'Effect', cell: (t) => t.effect },
            {
              id: 'action',
              header: 'Action matches',
              cell: (t) => (t.actionMatched ? 'Yes' : 'No'),
            },
            {
              id: 'resource',
              header: 'Resource matches',
              cell: (t) => (t.resourceMatched ? 'Yes' : 'No'),
            },
            {
              id: 'conditions',
              header: 'Conditions match',
              cell: (t) => (t.conditionsMatched ? 'Yes' : 'No'),
            },
          ]}
          empty="No policy statements apply to this principal."
        />
      </ExpandableSection>
    </SpaceBetween>
  );
}
