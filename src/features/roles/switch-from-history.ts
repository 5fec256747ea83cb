// The identity menu's "Role history": choosing a role switches to it at once, as the console
// does, through the same AssumeRole call as the Switch Role page.
import * as sts from '@/queries/sts';
import {
  switchingIdentity,
  useActingIdentity,
  type RoleHistoryEntry,
} from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';

/** Switches to a remembered role as the signed-in IAM user; false (with a flash) when refused. */
export async function switchFromHistory(entry: RoleHistoryEntry): Promise<boolean> {
  const state = useActingIdentity.getState();
  const userName =
    state.identity.kind === 'user' ? state.identity.userName : state.roleDisplay?.sourceUserName;
  const pushFlash = useFlash.getState().pushFlash;
  try {
    const result = await sts.assumeRole(switchingIdentity(state), {
      roleArn: `arn:aws:iam::${entry.accountId}:role/${entry.roleName}`,
      roleSessionName: userName ?? 'root',
      consoleSession: true,
    });
    state.switchToRole(result.session, {
      displayName: entry.displayName,
      ...(entry.color && { color: entry.color }),
      sourceUserName: userName ?? result.session.sessionName,
    });
    pushFlash({
      type: 'success',
      header: `You are now using the role ${entry.roleName} as ${entry.displayName}.`,
    });
    return true;
  } catch (err) {
    pushFlash({
      type: 'error',
      header: 'Invalid information in one or more fields',
      content: err instanceof Error ? err.message : String(err),
    });
    return false;
  }
}
