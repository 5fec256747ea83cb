// Why a recorded request was decided as it was: the summary its call record kept (the decisive
// statements as written then, near misses, each policy type's outcome, missing keys).
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { decisionInWords, type EvaluationSummary, type RecordedStatement } from '@/iam';
import { ConditionTable } from './condition-table';
import {
  DECISION,
  GATE_LABEL,
  gateOutcomeText,
  MISS_TEXT,
  POLICY_TYPE_LABEL,
  statementLabel,
} from './explanation-labels';

export interface RecordedExplanationProps {
  summary: EvaluationSummary;
  action: string;
}

interface StatementBlockProps {
  statement: RecordedStatement;
}

function StatementBlock({ statement }: StatementBlockProps) {
  return (
    <SpaceBetween size="s">
      <KeyValuePairs
        columns={4}
        items={[
          { label: 'Policy name', value: statement.policyName ?? statement.policyArn ?? '-' },
          {
            label: 'Type',
            value: statement.policyType
              ? POLICY_TYPE_LABEL[statement.policyType]
              : GATE_LABEL[statement.gate],
          },
          { label: 'Attached via', value: statement.attachedVia ?? '-' },
          { label: 'Statement', value: `${statementLabel(statement)}, Effect ${statement.effect}` },
        ]}
      />
      {statement.misses && statement.misses.length > 0 && (
        <SpaceBetween direction="horizontal" size="s">
          {statement.misses.map((m) => (
            <StatusIndicator key={m} type="error">
              {MISS_TEXT[m]}
            </StatusIndicator>
          ))}
        </SpaceBetween>
      )}
      {statement.text !== undefined && (
        <Box variant="code">
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="statement-json">
            {statement.text}
          </pre>
        </Box>
      )}
      {statement.omittedLength !== undefined && (
        <Box variant="small">
          The statement is {statement.omittedLength.toLocaleString('en-US')} characters long, too
          long to keep with every event. Re-run now shows it in its policy.
        </Box>
      )}
      {statement.conditions.length > 0 && <ConditionTable conditions={statement.conditions} />}
    </SpaceBetween>
  );
}

export function RecordedExplanation({ summary, action }: RecordedExplanationProps) {
  const words = decisionInWords({ ...summary, request: { action } });
  const decision = DECISION[summary.decision];
  const key = (s: RecordedStatement) => `${s.gate}-${s.policyName ?? ''}-${s.statementIndex}`;
  return (
    <SpaceBetween size="l">
      <ColumnLayout columns={2} variant="text-grid">
        <div>
          <Box variant="awsui-key-label">Decision</Box>
          <StatusIndicator type={decision.type}>{decision.text}</StatusIndicator>
        </div>
        <div>
          <Box variant="awsui-key-label">AWS message</Box>
          <Box variant="p">
            &quot;{words.variant}&quot;: {words.meaning}
          </Box>
        </div>
      </ColumnLayout>
      <Table<EvaluationSummary['gates'][number]>
        variant="embedded"
        header={<Header variant="h3">Evaluation steps</Header>}
        items={summary.gates}
        trackBy="gate"
        columnDefinitions={[
          { id: 'step', header: 'Step', cell: (g) => summary.gates.indexOf(g) + 1 },
          {
            id: 'type',
            header: 'Policy type',
            cell: (g) => (g.trustPolicy ? 'Role trust policy' : GATE_LABEL[g.gate]),
          },
          { id: 'result', header: 'Outcome', cell: gateOutcomeText },
        ]}
      />
      {summary.decisive.length > 0 && (
        <Container
          header={
            <Header variant="h3">
              {summary.decision === 'allowed' ? 'Statements that allowed it' : 'Deciding statement'}
            </Header>
          }
        >
          <SpaceBetween size="l">
            {summary.decisive.map((s) => (
              <StatementBlock key={key(s)} statement={s} />
            ))}
          </SpaceBetween>
        </Container>
      )}
      {summary.decision === 'implicitDeny' && (
        <Container
          header={
            <Header
              variant="h3"
              description="Allow statements whose action matched, but whose resource or conditions did not."
            >
              Closest statements ({summary.closest.length})
            </Header>
          }
        >
          {summary.closest.length === 0 ? (
            <Box variant="p">No Allow statement names this action.</Box>
          ) : (
            <SpaceBetween size="l">
              {summary.closest.map((s) => (
                <StatementBlock key={key(s)} statement={s} />
              ))}
            </SpaceBetween>
          )}
        </Container>
      )}
      {summary.missingContextKeys.length > 0 && (
        <StatusIndicator type="warning">
          Missing context keys: {summary.missingContextKeys.join(', ')}. A condition asked for them,
          but the request did not have them.
        </StatusIndicator>
      )}
    </SpaceBetween>
  );
}
