// IAM > IAM user groups > <name> > Create policy / <policy>: an inline policy of the group.
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/paths';
import { groupPoliciesQuery, groupPolicyQuery, usePutGroupPolicy } from '@/queries/iam-groups';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { InlinePolicyWizard, NEW_POLICY_DOCUMENT } from '@/ui/inline-policy-wizard';
import { GroupsHelp } from './groups-help';

export function GroupInlinePolicyPage() {
  const groupName = useParams().groupName ?? '';
  const policyName = useSearchParams()[0].get('name') ?? undefined;
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'IAM user groups', path: paths.groups() },
      { text: groupName, path: paths.group(groupName) },
      { text: policyName ?? 'Create policy', path: paths.groupInlinePolicy(groupName, policyName) },
    ],
    help: GroupsHelp,
    contentType: 'wizard',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const names = useQuery(groupPoliciesQuery(caller, groupName));
  const existing = useQuery({
    ...groupPolicyQuery(caller, groupName, policyName ?? ''),
    enabled: policyName !== undefined,
  });
  const put = usePutGroupPolicy();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Save changes');
  if (policyName && existing.error) return <ApiErrorAlert error={existing.error} />;
  if (policyName && !existing.data) return <Spinner size="large" />;
  return (
    <>
      {permissionReview.dialog}
      <InlinePolicyWizard
        key={policyName ?? 'new'}
        identityKind="group"
        identityName={groupName}
        editingName={policyName}
        initialDocument={existing.data?.policyDocument ?? NEW_POLICY_DOCUMENT}
        existingNames={names.data ?? []}
        purpose="inline-group"
        onCancel={() => navigate(paths.group(groupName, 'permissions'))}
        onSave={(name, document) =>
          // What the group's principals gain or lose is shown before the save.
          permissionReview.reviewDocument(
            document,
            {
              kind: 'put-inline-policy',
              principal: { kind: 'group', name: groupName },
              policyName: name,
              document,
            },
            async () => {
              await put.mutateAsync({
                caller,
                groupName,
                policyName: name,
                policyDocument: document,
              });
              pushFlash({
                type: 'success',
                header: policyName ? `Policy ${name} updated.` : `Policy ${name} created.`,
              });
              navigate(paths.group(groupName, 'permissions'));
            },
          )
        }
      />
    </>
  );
}
