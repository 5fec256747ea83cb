// IAM > Policies > Create policy: a customer managed policy from the JSON editor.
import { useNavigate } from 'react-router';
import { paths } from '@/paths';
import { useCreatePolicy } from '@/queries/iam-policies';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { NEW_POLICY_DOCUMENT } from '@/ui/inline-policy-wizard';
import { RouteLink } from '@/ui/route-link';
import { ManagedPolicyWizard } from './managed-policy-wizard';
import { PoliciesHelp } from './policies-help';

export function CreatePolicyPage() {
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Policies', path: paths.policies() },
      { text: 'Create policy', path: paths.createPolicy() },
    ],
    help: PoliciesHelp,
    contentType: 'wizard',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const create = useCreatePolicy();
  return (
    <ManagedPolicyWizard
      initialDocument={NEW_POLICY_DOCUMENT}
      onCancel={() => navigate(paths.policies())}
      onSave={async (document, details) => {
        const policy = await create.mutateAsync({
          caller,
          input: {
            policyName: details.policyName,
            policyDocument: document,
            description: details.description,
            tags: details.tags,
          },
        });
        pushFlash({
          type: 'success',
          header: `Policy ${policy.policyName} created.`,
          action: <RouteLink to={paths.policy(policy.arn)}>View policy</RouteLink>,
        });
        navigate(paths.policies());
      }}
    />
  );
}
