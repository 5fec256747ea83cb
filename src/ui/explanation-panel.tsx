// Why the engine decided as it did: AWS's message in plain words, the evaluation steps in AWS's
// order, the deciding statement marked in its policy's JSON with its conditions, the near misses of
// an implicit deny, every policy evaluated and how it was attached, and the missing context keys.
// It only renders the engine's Evaluation: it never works a decision out again.
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import {
  closestStatements,
  decisionInWords,
  type AuthorizationRequest,
  type Evaluation,
  type GateOutcome,
  type PolicyGate,
  type PolicyInput,
  type StatementTrace,
} from '@/iam';
import {
  DECISION,
  GATE_LABEL,
  GATE_NOUN,
  gateOutcomeText,
  POLICY_TYPE_LABEL,
  statementLabel,
} from './explanation-labels';
import { ExplanationStatement } from './explanation-statement';

export interface ExplanationPanelProps {
  evaluation: Evaluation;
  /** The request the engine evaluated; with it, statements show in their policy's JSON. */
  request?: AuthorizationRequest;
}

const refKey = (s: {
  gate: string;
  scpLevel?: number;
  policyIndex: number;
  statementIndex: number;
}) => `${s.gate}-${s.scpLevel ?? 0}-${s.policyIndex}-${s.statementIndex}`;

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
        <ExplanationStatement
          key={refKey(s)}
          statement={s}
          evaluation={evaluation}
          request={request}
        />
      ))}
    </SpaceBetween>
  );
}

function ClosestSection({ evaluation, request }: ExplanationPanelProps) {
  const closest = closestStatements(evaluation);
  return (
    <Container
      header={
        <Header
          variant="h3"
          counter={`(${closest.length})`}
          description="Allow statements whose action matched, but whose resource or conditions did not."
        >
          Closest statements
        </Header>
      }
    >
      {closest.length === 0 ? (
        <Box variant="p">No Allow statement names this action.</Box>
      ) : (
        <SpaceBetween size="l">
          {closest.map((c) => (
            <ExplanationStatement
              key={refKey(c.statement)}
              statement={c.statement}
              evaluation={evaluation}
              request={request}
              misses={c.misses}
            />
          ))}
        </SpaceBetween>
      )}
    </Container>
  );
}

interface PolicyRow {
  key: string;
  gate: PolicyGate;
  policy: PolicyInput;
}

/** Every policy the request carried, in AWS's evaluation order. */
function policiesOf(request: AuthorizationRequest): PolicyRow[] {
  const rows: PolicyRow[] = [];
  (request.serviceControlPolicies ?? []).forEach((level, l) =>
    level.forEach((policy, i) => rows.push({ key: `scp-${l}-${i}`, gate: 'scp', policy })),
  );
  if (request.resourcePolicy)
    rows.push({ key: 'resource', gate: 'resource', policy: request.resourcePolicy });
  request.identityPolicies.forEach((policy, i) =>
    rows.push({ key: `identity-${i}`, gate: 'identity', policy }),
  );
  if (request.permissionsBoundary) {
    rows.push({ key: 'boundary', gate: 'boundary', policy: request.permissionsBoundary });
  }
  (request.sessionPolicies ?? []).forEach((policy, i) =>
    rows.push({ key: `session-${i}`, gate: 'session', policy }),
  );
  return rows;
}

function stepName(g: GateOutcome): string {
  return g.trustPolicy ? GATE_LABEL.trust : GATE_LABEL[g.gate];
}

export function ExplanationPanel({ evaluation, request }: ExplanationPanelProps) {
  const decision = DECISION[evaluation.decision];
  const words = decisionInWords(evaluation);
  const req = evaluation.request;
  const policies = request ? policiesOf(request) : [];
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
      <Container header={<Header variant="h3">What the message means</Header>}>
        <SpaceBetween size="xs">
          <Box variant="code">{words.variant}</Box>
          <Box variant="p">{words.meaning}</Box>
        </SpaceBetween>
      </Container>
      <Container
        header={
          <Header variant="h3">
            {evaluation.decision === 'allowed'
              ? 'Statements that allowed it'
              : evaluation.decision === 'explicitDeny'
                ? 'Deciding statement'
                : 'Implicit deny'}
          </Header>
        }
      >
        <DecisiveSection evaluation={evaluation} request={request} />
      </Container>
      {evaluation.decision === 'implicitDeny' && (
        <ClosestSection evaluation={evaluation} request={request} />
      )}
      {evaluation.missingContextKeys.length > 0 && (
        <Container header={<Header variant="h3">Missing context keys</Header>}>
          <SpaceBetween size="xs">
            <Box variant="p">
              A condition asked for these keys, but the request did not have them:
            </Box>
            {evaluation.missingContextKeys.map((key) => (
              <StatusIndicator key={key} type="warning">
                {key}
              </StatusIndicator>
            ))}
          </SpaceBetween>
        </Container>
      )}
      <Table<GateOutcome>
        variant="container"
        header={
          <Header
            variant="h3"
            counter={`(${evaluation.gates.length})`}
            description="In AWS's order: an explicit deny in any of them wins; otherwise each must allow."
          >
            Evaluation steps
          </Header>
        }
        items={evaluation.gates}
        trackBy="gate"
        columnDefinitions={[
          { id: 'step', header: 'Step', cell: (g) => evaluation.gates.indexOf(g) + 1 },
          { id: 'type', header: 'Policy type', cell: stepName },
          { id: 'result', header: 'Outcome', cell: gateOutcomeText },
          { id: 'matched', header: 'Matching statements', cell: (g) => g.matched.length },
        ]}
      />
      {request && (
        <Table<PolicyRow>
          variant="container"
          header={
            <Header variant="h3" counter={`(${policies.length})`}>
              Policies evaluated
            </Header>
          }
          items={policies}
          trackBy="key"
          columnDefinitions={[
            { id: 'step', header: 'Policy type', cell: (p) => GATE_LABEL[p.gate] },
            {
              id: 'name',
              header: 'Policy name',
              cell: (p) => p.policy.name ?? p.policy.arn ?? '-',
            },
            {
              id: 'type',
              header: 'Type',
              cell: (p) => (p.policy.type ? POLICY_TYPE_LABEL[p.policy.type] : '-'),
            },
            { id: 'via', header: 'Attached via', cell: (p) => p.policy.attachedVia ?? '-' },
          ]}
          empty="This principal has no policies."
        />
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
              cell: (t) => (t.skipped ? '-' : t.resourceMatched ? 'Yes' : 'No'),
            },
            {
              id: 'conditions',
              header: 'Conditions match',
              cell: (t) => (t.skipped ? '-' : t.conditionsMatched ? 'Yes' : 'No'),
            },
          ]}
          empty="No policy statements apply to this principal."
        />
      </ExpandableSection>
    </SpaceBetween>
  );
}
