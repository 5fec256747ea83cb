// "Show statement": each statement that decided a result, highlighted in its policy's JSON, with
// the policy's type and where it is attached.
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { SimulationResult } from '@/queries/types';
import { documentText, policyOfStatement, PolicyText } from './policy-text';

export function MatchedStatements({ result }: { result: SimulationResult }) {
  return (
    <SpaceBetween size="s">
      {result.matchedStatements.map((ref, i) => {
        const policy = policyOfStatement(result.request, ref);
        const statement = ref.sid
          ? `statement "${ref.sid}"`
          : `statement ${ref.statementIndex + 1}`;
        return (
          <PolicyText
            key={i}
            title={`${ref.policyName ?? 'Policy'}: ${ref.effect} ${statement}`}
            description={`${result.evalActionName} on ${result.evalResourceName}${ref.attachedVia ? ` · ${ref.attachedVia}` : ''}`}
            document={documentText(policy)}
            {...(ref.span && { span: ref.span })}
          />
        );
      })}
    </SpaceBetween>
  );
}
