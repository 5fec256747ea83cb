// A role session ends when its credentials expire (the role's maximum session duration) or when
// the role is deleted (in another tab, or by a lab reset): the tab then goes back to the IAM user
// who switched, and says why.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { roleArnsQuery } from '@/queries/lab';
import { useActingIdentity } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';

export function RoleSessionGuard() {
  const identity = useActingIdentity((s) => s.identity);
  const roleDisplay = useActingIdentity((s) => s.roleDisplay);
  const switchBackFromRole = useActingIdentity((s) => s.switchBackFromRole);
  const pushFlash = useFlash((s) => s.pushFlash);
  const roles = useQuery(roleArnsQuery());
  const session = identity.kind === 'role-session' ? identity : undefined;
  const userName = roleDisplay?.sourceUserName ?? session?.sessionName;
  const gone = session && roles.data !== undefined && !roles.data.includes(session.roleArn);

  useEffect(() => {
    if (!gone || !session) return;
    switchBackFromRole();
    pushFlash({
      type: 'warning',
      header: `The role ${session.roleName} no longer exists in this lab.`,
      content: `You are acting as the IAM user ${userName ?? ''} again.`,
    });
  }, [gone, session, userName, switchBackFromRole, pushFlash]);

  const expiration = session?.expiration;
  useEffect(() => {
    if (!expiration || !session) return;
    const end = () => {
      switchBackFromRole();
      pushFlash({
        type: 'warning',
        header: `Your session for the role ${session.roleName} has expired.`,
        content: `You are acting as the IAM user ${userName ?? ''} again. Switch role to start a new session.`,
      });
    };
    const left = Date.parse(expiration) - Date.now();
    if (left <= 0) {
      end();
      return;
    }
    // Timers cap at about 24.8 days; a session lasts at most 12 hours.
    const timer = setTimeout(end, left);
    return () => clearTimeout(timer);
  }, [expiration, session, userName, switchBackFromRole, pushFlash]);
  return null;
}
