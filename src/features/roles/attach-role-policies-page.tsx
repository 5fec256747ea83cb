// IAM > Roles > <name> > Attach policies: "Other permissions policies" to attach to the role.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '@/paths';
import { policiesQuery } from '@/queries/iam-policies';
import { rolePermissionsQuery, useAttachRolePolicies } from '@/queries/iam-roles';
import type { ManagedPolicy } from '@/queries/types';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { ManagedPoliciesTable } from '@/ui/managed-policies-table';
import { RolesHelp } from './roles-help';

export function AttachRolePoliciesPage() {
  const roleName = useParams().roleName ?? '';
  usePageChrome({
    breadcrumbs: [
      { text: 'IAM', path: paths.dashboard() },
      { text: 'Roles', path: paths.roles() },
      { text: roleName, path: paths.role(roleName) },
      { text: 'Attach policy', path: paths.roleAttachPolicies(roleName) },
    ],
    help: RolesHelp,
    contentType: 'table',
  });
  const caller = useCaller();
  const navigate = useNavigate();
  const pushFlash = useFlash((s) => s.pushFlash);
  const policies = useQuery(policiesQuery(caller));
  const current = useQuery(rolePermissionsQuery(caller, roleName));
  const attach = useAttachRolePolicies();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Add permissions');
  const [selected, setSelected] = useState<ManagedPolicy[]>([]);
  const [error, setError] = useState<unknown>();
  const attached = new Set((current.data?.policies ?? []).map((p) => p.policyArn));
  const others = (policies.data ?? []).filter((p) => !attached.has(p.arn));
  const back = () => navigate(paths.role(roleName, 'permissions'));

  function onReview() {
    const change = {
      kind: 'attach-policies' as const,
      principal: { kind: 'role' as const, name: roleName },
      policyArns: selected.map((p) => p.arn),
    };
    void permissionReview.review(change, onAttach);
  }

  async function onAttach() {
    setError(undefined);
    try {
      await attach.mutateAsync({ caller, roleName, policyArns: selected.map((p) => p.arn) });
      pushFlash({
        type: 'success',
        header:
          selected.length === 1
            ? `Policy was successfully attached to role.`
            : `${selected.length} policies were successfully attached to role.`,
      });
      back();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <ContentLayout header={<Header variant="h1">Attach policy to {roleName}</Header>}>
      <SpaceBetween size="l">
        {permissionReview.dialog}
        {error ? <ApiErrorAlert error={error} header="Failed to attach policies" /> : null}
        <ManagedPoliciesTable
          title="Other permissions policies"
          items={others}
          loading={policies.isPending}
          columns={['type', 'attachedEntities']}
          selectionType="multi"
          selectedItems={selected}
          onSelectionChange={(items) =>
            setSelected(others.filter((p) => items.some((i) => i.arn === p.arn)))
          }
        />
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={back}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={selected.length === 0}
              loading={attach.isPending}
              onClick={onReview}
            >
              Add permissions
            </Button>
          </SpaceBetween>
        </Box>
      </SpaceBetween>
    </ContentLayout>
  );
}
