// What each misconception tag stands for, in the words of AWS's policy evaluation documentation.
import type { MisconceptionTag } from '@/iam';

export interface MisconceptionText {
  title: string;
  explanation: string;
}

export const MISCONCEPTION_TEXT: Record<MisconceptionTag, MisconceptionText> = {
  'group-deny': {
    title: 'A group Deny is an explicit deny',
    explanation:
      'The policies attached to the IAM user groups a user belongs to are identity-based ' +
      'policies of that user, evaluated together with the policies attached to the user directly. ' +
      'An explicit deny in any of them overrides every allow: when a policy attached to one of the ' +
      "user's groups denies the action, the request is denied, whatever the user's own policies allow.",
  },
  'notaction-allow': {
    title: 'NotAction in an Allow grants everything it does not list',
    explanation:
      'NotAction matches every action except the ones it lists. In a statement with "Effect": ' +
      '"Allow" it allows all the other actions (of every service, unless Resource limits them), and ' +
      'it does not deny the listed ones: they are simply not allowed by that statement, so they are ' +
      'implicitly denied unless another statement allows them. To deny the listed actions, use a ' +
      'statement with "Effect": "Deny".',
  },
  'boundary-never-grants': {
    title: 'A permissions boundary never grants permissions',
    explanation:
      'A permissions boundary sets the maximum permissions that the identity-based policies can ' +
      'grant to an IAM entity. It does not grant permissions on its own: the effective permissions ' +
      "are the intersection of the entity's identity-based policies and its boundary. When the " +
      'boundary allows an action but no identity-based policy does, the request is implicitly denied.',
  },
  'cross-account-both-sides': {
    title: 'Cross-account access needs both sides to allow',
    explanation:
      'When a principal in one AWS account makes a request to a resource in another account, the ' +
      "identity-based policy in the principal's account must allow the request, and the " +
      "resource-based policy (such as a bucket policy) in the resource's account must allow it too. " +
      'If only one side allows it, the request is implicitly denied.',
  },
};
