// "Permissions boundary (not set)" under a user's policies: PutUserPermissionsBoundary and
// DeleteUserPermissionsBoundary behind the shared boundary panel.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { policiesQuery } from '@/queries/iam-policies';
import {
  useDeleteUserPermissionsBoundary,
  usePutUserPermissionsBoundary,
  userBoundaryQuery,
} from '@/queries/iam-users';
import { previewPermissionChange } from '@/queries/permission-diff';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
import { usePermissionReview } from '@/ui/permission-review';
import { PermissionsBoundaryPanel } from '@/ui/permissions-boundary-panel';

export interface UserBoundaryPanelProps {
  userName: string;
}

export function UserBoundaryPanel({ userName }: UserBoundaryPanelProps) {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [picking, setPicking] = useState(false);
  const boundary = useQuery(userBoundaryQuery(caller, userName));
  const policies = useQuery({ ...policiesQuery(caller), enabled: picking });
  const put = usePutUserPermissionsBoundary();
  const permissionReview = usePermissionReview(previewPermissionChange, 'Confirm');
  const remove = useDeleteUserPermissionsBoundary();
  if (boundary.error) {
    return (
      <ApiErrorAlert error={boundary.error} header="Failed to load the permissions boundary" />
    );
  }
  return (
    <>
      {permissionReview.dialog}
      <PermissionsBoundaryPanel
        entity="user"
        entityName={userName}
        boundary={boundary.data ?? undefined}
        loading={boundary.isPending}
        readOnly={false}
        policies={policies.data ?? []}
        policiesLoading={policies.isPending}
        onPickerOpenChange={setPicking}
        onSet={(policyArn) =>
          permissionReview.review(
            { kind: 'set-boundary', principal: { kind: 'user', name: userName }, policyArn },
            async () => {
              await put.mutateAsync({ caller, userName, policyArn });
              pushFlash({ type: 'success', header: `Permissions boundary set for ${userName}.` });
            },
          )
        }
        onRemove={() =>
          permissionReview.review(
            { kind: 'set-boundary', principal: { kind: 'user', name: userName } },
            async () => {
              await remove.mutateAsync({ caller, userName });
              pushFlash({
                type: 'success',
                header: `Permissions boundary removed from ${userName}.`,
              });
            },
          )
        }
      />
    </>
  );
}
