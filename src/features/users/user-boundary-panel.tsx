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
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ApiErrorAlert } from '@/ui/api-error-alert';
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
  const remove = useDeleteUserPermissionsBoundary();
  if (boundary.error) {
    return (
      <ApiErrorAlert error={boundary.error} header="Failed to load the permissions boundary" />
    );
  }
  return (
    <PermissionsBoundaryPanel
      entity="user"
      entityName={userName}
      boundary={boundary.data ?? undefined}
      loading={boundary.isPending}
      readOnly={false}
      policies={policies.data ?? []}
      policiesLoading={policies.isPending}
      onPickerOpenChange={setPicking}
      onSet={async (policyArn) => {
        await put.mutateAsync({ caller, userName, policyArn });
        pushFlash({ type: 'success', header: `Permissions boundary set for ${userName}.` });
      }}
      onRemove={async () => {
        await remove.mutateAsync({ caller, userName });
        pushFlash({ type: 'success', header: `Permissions boundary removed from ${userName}.` });
      }}
    />
  );
}
