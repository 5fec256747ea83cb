// Whether policies decide alike for every principal of one kind in one account: none uses a
// policy variable or a condition key AWS fills in from the principal (aws:PrincipalArn,
// aws:PrincipalTag/..., aws:username, aws:userid). What lets the access matrix evaluate one row for
// all the users whose policies are the same. A request with a resource-based policy is outside
// this: its Principal element names who.
import type { PolicyInput } from '../types';

// Invariant: what a decision reads of the principal beyond its kind and account is the context
// keys request-context.ts derives from it (aws:PrincipalArn, aws:PrincipalTag/*, aws:username,
// aws:userid, aws:PrincipalServiceName, ...; all of them start with these words) and the policy
// variables that read them, plus a resource-based policy's Principal, which callers rule out.
const PRINCIPAL_WORDS = ['${', 'aws:principal', 'aws:username', 'aws:userid'];

const alikeByText = new Map<string, boolean>();

function documentAlike(document: string | object): boolean {
  const text = typeof document === 'string' ? document : JSON.stringify(document);
  let alike = alikeByText.get(text);
  if (alike === undefined) {
    try {
      // Parsed and written again, so escapes such as \u0024 are the characters they stand for.
      const plain = JSON.stringify(typeof document === 'string' ? JSON.parse(text) : document);
      const lower = plain.toLowerCase();
      alike = !PRINCIPAL_WORDS.some((word) => lower.includes(word));
    } catch {
      alike = false;
    }
    if (alikeByText.size > 10_000) alikeByText.clear();
    alikeByText.set(text, alike);
  }
  return alike;
}

/** Policies decide alike for all principals of one kind and account unless one names who asks. */
export function decidesAlikeForPrincipals(policies: readonly PolicyInput[]): boolean {
  return policies.every((policy) => documentAlike(policy.document));
}
