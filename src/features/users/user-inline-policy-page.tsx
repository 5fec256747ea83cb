// IAM > IAM users > <name> > Create policy / <policy>: an inline policy of the user.
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/paths';
import { usePutUserPolicy, userPoliciesQuery, userPolicyQuery } from '@/queries/iam-users';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { InlinePolicyWizard, NEW_POLICY_DOCUMENT } from '@/ui/inline-policy-wizard';
import { UserDetailsHelp } from './users-help';

export function UserInlinePolicyPage() {
  const userName = useParams().userName ?? '';
  const policyName = useSearchParams()[0].get('name') ?? undefined;
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'IAM users', path: paths.users() },
      { text: userName, path: paths.user(userName) },
      { text: policyName ?? 'Create policy', path: paths.userInlinePolicy(userName, policyName) },
    ],
    help: UserDetailsHelp,
    contentType: 'wizard',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const names = useQuery(userPoliciesQuery(caller, userName));
  const existing = useQuery({
    ...userPolicyQuery(caller, userName, policyName ?? ''),
    enabled: policyName !== undefined,
  });
  const put = usePutUserPolicy();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Save changes');
  if (policyName && existing.error) return <ApiErrorAlert error={existing.error} />;
  if (policyName && !existing.data) return <Spinner size="large" />;
  return (
    <>
      {permissionReview.dialog}
      <InlinePolicyWizard
        key={policyName ?? 'new'}
        identityKind="user"
        identityName={userName}
        editingName={policyName}
        initialDocument={existing.data?.policyDocument ?? NEW_POLICY_DOCUMENT}
        existingNames={names.data ?? []}
        purpose="inline-user"
        onCancel={() => navigate(paths.user(userName, 'permissions'))}
        onSave={(name, document) =>
          // What the user's principals gain or lose is shown before the save.
          permissionReview.reviewDocument(
            document,
            {
              kind: 'put-inline-policy',
              principal: { kind: 'user', name: userName },
              policyName: name,
              document,
            },
            async () => {
              await put.mutateAsync({
                caller,
                userName,
                policyName: name,
                policyDocument: document,
              });
              pushFlash({
                type: 'success',
                header: policyName ? `Policy ${name} updated.` : `Policy ${name} created.`,
              });
              navigate(paths.user(userName, 'permissions'));
            },
          )
        }
      />
    </>
  );
}
