// "Permissions boundary (not set)" under a role's policies: PutRolePermissionsBoundary and
// DeleteRolePermissionsBoundary behind the shared boundary panel.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { policiesQuery } from '@/queries/iam-policies';
import {
  useDeleteRolePermissionsBoundary,
  usePutRolePermissionsBoundary,
} from '@/queries/iam-roles';
import type { EffectivePolicy } from '@/queries/types';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { usePermissionReview } from '@/ui/permission-review';
import { PermissionsBoundaryPanel } from '@/ui/permissions-boundary-panel';

export interface RoleBoundaryPanelProps {
  roleName: string;
  boundary?: EffectivePolicy;
  loading: boolean;
  readOnly: boolean;
}

export function RoleBoundaryPanel({
  roleName,
  boundary,
  loading,
  readOnly,
}: RoleBoundaryPanelProps) {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [picking, setPicking] = useState(false);
  const policies = useQuery({ ...policiesQuery(caller), enabled: picking });
  const put = usePutRolePermissionsBoundary();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Confirm');
  const remove = useDeleteRolePermissionsBoundary();
  return (
    <>
      {permissionReview.dialog}
      <PermissionsBoundaryPanel
        entity="role"
        entityName={roleName}
        boundary={boundary}
        loading={loading}
        readOnly={readOnly}
        policies={policies.data ?? []}
        policiesLoading={policies.isPending}
        onPickerOpenChange={setPicking}
        onSet={(policyArn) =>
          permissionReview.review(
            { kind: 'set-boundary', principal: { kind: 'role', name: roleName }, policyArn },
            async () => {
              await put.mutateAsync({ caller, roleName, policyArn });
              pushFlash({ type: 'success', header: `Permissions boundary set for ${roleName}.` });
            },
          )
        }
        onRemove={() =>
          permissionReview.review(
            { kind: 'set-boundary', principal: { kind: 'role', name: roleName } },
            async () => {
              await remove.mutateAsync({ caller, roleName });
              pushFlash({
                type: 'success',
                header: `Permissions boundary removed from ${roleName}.`,
              });
            },
          )
        }
      />
    </>
  );
}
