// IAM > Roles > <name> > Create policy / <policy>: an inline policy of the role.
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '@/paths';
import { rolePoliciesQuery, rolePolicyQuery, usePutRolePolicy } from '@/queries/iam-roles';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { InlinePolicyWizard, NEW_POLICY_DOCUMENT } from '@/ui/inline-policy-wizard';
import { RolesHelp } from './roles-help';

export function RoleInlinePolicyPage() {
  const roleName = useParams().roleName ?? '';
  const policyName = useSearchParams()[0].get('name') ?? undefined;
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Roles', path: paths.roles() },
      { text: roleName, path: paths.role(roleName) },
      { text: policyName ?? 'Create policy', path: paths.roleInlinePolicy(roleName, policyName) },
    ],
    help: RolesHelp,
    contentType: 'wizard',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const names = useQuery(rolePoliciesQuery(caller, roleName));
  const existing = useQuery({
    ...rolePolicyQuery(caller, roleName, policyName ?? ''),
    enabled: policyName !== undefined,
  });
  const put = usePutRolePolicy();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Save changes');
  if (policyName && existing.error) return <ApiErrorAlert error={existing.error} />;
  if (policyName && !existing.data) return <Spinner size="large" />;
  return (
    <>
      {permissionReview.dialog}
      <InlinePolicyWizard
        key={policyName ?? 'new'}
        identityKind="role"
        identityName={roleName}
        editingName={policyName}
        initialDocument={existing.data?.policyDocument ?? NEW_POLICY_DOCUMENT}
        existingNames={names.data ?? []}
        purpose="inline-role"
        onCancel={() => navigate(paths.role(roleName, 'permissions'))}
        onSave={(name, document) =>
          // What the role's principals gain or lose is shown before the save.
          permissionReview.reviewDocument(
            document,
            {
              kind: 'put-inline-policy',
              principal: { kind: 'role', name: roleName },
              policyName: name,
              document,
            },
            async () => {
              await put.mutateAsync({
                caller,
                roleName,
                policyName: name,
                policyDocument: document,
              });
              pushFlash({
                type: 'success',
                header: policyName ? `Policy ${name} updated.` : `Policy ${name} created.`,
              });
              navigate(paths.role(roleName, 'permissions'));
            },
          )
        }
      />
    </>
  );
}
