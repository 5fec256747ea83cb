// A role's "Revoke sessions" tab: "Revoke active sessions" adds the inline policy
// AWSRevokeOlderSessions, which denies everything to sessions issued before now.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { docs } from '@/paths';
import { usePutRolePolicy } from '@/queries/iam-roles';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { ExternalLink } from '@/ui/external-link';
import { ConfirmModal } from '@/ui/confirm-modal';

export interface RoleRevokeSessionsTabProps {
  roleName: string;
  readOnly: boolean;
}

/** The policy the console writes: deny all to credentials issued before the revocation. */
export function revokeOlderSessionsPolicy(now: Date): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Action: ['*'],
          Resource: ['*'],
          Condition: { DateLessThan: { 'aws:TokenIssueTime': now.toISOString() } },
        },
      ],
    },
    null,
    4,
  );
}

export function RoleRevokeSessionsTab({ roleName, readOnly }: RoleRevokeSessionsTabProps) {
  const caller = useCaller();
  const put = usePutRolePolicy();
  const pushFlash = useFlash((s) => s.pushFlash);
  const [open, setOpen] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            <Button disabled={readOnly} onClick={() => setOpen(true)}>
              Revoke active sessions
            </Button>
          }
        >
          Revoke sessions
        </Header>
      }
    >
      <Box variant="p">
        If you choose Revoke active sessions, IAM attaches an inline policy named
        AWSRevokeOlderSessions to the role. It denies all access to sessions of the role that were
        issued before now; sessions started afterwards keep the role&apos;s permissions.{' '}
        <ExternalLink href={docs.revokeSessions}>Learn more</ExternalLink>
      </Box>
      {open && (
        <ConfirmModal
          header="Revoke active sessions?"
          confirmLabel="Revoke active sessions"
          errorHeader="Failed to revoke sessions"
          canConfirm={acknowledged}
          onConfirm={async () => {
            await put.mutateAsync({
              caller,
              roleName,
              policyName: 'AWSRevokeOlderSessions',
              policyDocument: revokeOlderSessionsPolicy(new Date()),
            });
            pushFlash({ type: 'success', header: `Active sessions for ${roleName} revoked.` });
          }}
          onDismiss={() => {
            setOpen(false);
            setAcknowledged(false);
          }}
        >
          <SpaceBetween size="m">
            <Box variant="p">
              Everyone using a session of {roleName} that started before now loses its permissions
              at once.
            </Box>
            <Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.detail.checked)}>
              I acknowledge that I am revoking all active sessions for this role.
            </Checkbox>
          </SpaceBetween>
        </ConfirmModal>
      )}
    </Container>
  );
}
