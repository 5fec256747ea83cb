// Acting as a user that no longer exists (deleted in another tab, or a lab reset there) would make
// every call fail; this switches such a tab back to the root user and says why.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { switchableUsersQuery } from '@/queries/lab';
import { useActingIdentity } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';

export function IdentityGuard() {
  const identity = useActingIdentity((s) => s.identity);
  const switchBack = useActingIdentity((s) => s.switchBack);
  const pushFlash = useFlash((s) => s.pushFlash);
  const users = useQuery(switchableUsersQuery());
  const missing =
    identity.kind === 'user' && users.data !== undefined && !users.data.includes(identity.userName)
      ? identity.userName
      : undefined;
  useEffect(() => {
    if (!missing) return;
    switchBack();
    pushFlash({
      type: 'warning',
      header: `The IAM user ${missing} no longer exists in this lab.`,
      content: 'You are acting as the root user again.',
    });
  }, [missing, switchBack, pushFlash]);
  return null;
}
