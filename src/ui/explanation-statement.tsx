// One statement in an explanation: its policy, how that policy was attached, the policy's JSON with
// the statement marked, and the statement's conditions with the request's values.
import Box from '@cloudscape-design/components/box';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import {
  policyWithStatement,
  statementText,
  traceOf,
  type AuthorizationRequest,
  type Evaluation,
  type StatementMiss,
  type StatementRef,
} from '@/iam';
import { ConditionTable } from './condition-table';
import { GATE_LABEL, MISS_TEXT, POLICY_TYPE_LABEL, statementLabel } from './explanation-labels';
import { PolicyHighlight } from './policy-highlight';

export interface ExplanationStatementProps {
  statement: StatementRef;
  evaluation: Evaluation;
  request?: AuthorizationRequest;
  /** For near misses: what did not match. */
  misses?: readonly StatementMiss[];
}

export function ExplanationStatement({
  statement,
  evaluation,
  request,
  misses,
}: ExplanationStatementProps) {
  const whole = request ? policyWithStatement(statement, request) : null;
  const snippet = !whole && request ? statementText(statement, request) : null;
  const conditions = traceOf(evaluation, statement)?.conditions ?? [];
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
      {misses && misses.length > 0 && (
        <SpaceBetween direction="horizontal" size="s">
          {misses.map((m) => (
            <StatusIndicator key={m} type="error">
              {MISS_TEXT[m]}
            </StatusIndicator>
          ))}
        </SpaceBetween>
      )}
      {whole && <PolicyHighlight text={whole.text} start={whole.start} end={whole.end} />}
      {snippet !== null && (
        <Box variant="code">
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{snippet}</pre>
        </Box>
      )}
      {conditions.length > 0 && <ConditionTable conditions={conditions} />}
    </SpaceBetween>
  );
}
