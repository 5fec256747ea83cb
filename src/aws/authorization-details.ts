// GetAccountAuthorizationDetails, as the lab's whole-account tools need it: every user, group and
// role with the engine's inputs for its policies, and the organization's SCPs. "Who can" answers
// from it; the access matrix hands it to a Web Worker.

import {
  evaluateRequest,
  type AuthorizationRequest,
  type PolicyInput,
  type StatementRef,
} from '@/iam';
import type { Caller } from './caller';
import { runCall } from './call';
import { readDetails } from './read-details';
import {
  principalRequest,
  type AuthorizationDetails,
  type PrincipalDetails,
} from './principal-request';

export { principalRequest, readDetails };
export type { AuthorizationDetails, PrincipalDetails, PrincipalKind } from './principal-request';

/** GetAccountAuthorizationDetails (Resource "*"), shaped for the engine. */
export function getAccountAuthorizationDetails(caller: Caller): Promise<AuthorizationDetails> {
  return runCall(
    caller,
    {
      service: 'iam',
      operation: 'GetAccountAuthorizationDetails',
      action: 'iam:GetAccountAuthorizationDetails',
      resource: '*',
    },
    async (call) => {
      await call.authorize({ action: 'iam:GetAccountAuthorizationDetails', resource: '*' });
      return readDetails();
    },
  );
}

export interface WhoCanEntry {
  principal: PrincipalDetails;
  statements: StatementRef[];
  request: AuthorizationRequest;
}

export interface WhoCanAnswer {
  allowed: WhoCanEntry[];
  explicitlyDenied: WhoCanEntry[];
}

/**
 * "Who can": every user and role allowed the action on the resource, through which policy and
 * statement, and those explicitly denied. Groups are no principals: their members answer.
 */
export async function whoCan(
  caller: Caller,
  input: { action: string; resource: string; resourcePolicy?: PolicyInput },
): Promise<WhoCanAnswer> {
  const details = await getAccountAuthorizationDetails(caller);
  const answer: WhoCanAnswer = { allowed: [], explicitlyDenied: [] };
  for (const principal of details.principals) {
    if (principal.kind === 'group') continue;
    const request = principalRequest(
      details,
      principal,
      input.action,
      input.resource,
      input.resourcePolicy,
    );
    const evaluation = evaluateRequest(request, { trace: 'none' });
    const entry = { principal, statements: evaluation.decisiveStatements, request };
    if (evaluation.decision === 'allowed') answer.allowed.push(entry);
    else if (evaluation.decision === 'explicitDeny') answer.explicitlyDenied.push(entry);
  }
  return answer;
}
