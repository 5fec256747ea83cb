// The Create role wizard's state, and the trust policy it stands for.
import {
  accountTrustPolicy,
  CUSTOM_TRUST_POLICY,
  SERVICE_USE_CASES,
  serviceTrustPolicy,
  useCasePrincipal,
} from './trust-policy-templates';

export type TrustedEntityType = 'service' | 'account' | 'custom';

export interface CreateRoleForm {
  entityType: TrustedEntityType;
  /** AWS service: "EC2", and the use case radio. */
  service?: string;
  useCase?: string;
  /** AWS account. */
  accountChoice: 'this' | 'other';
  otherAccountId: string;
  requireExternalId: boolean;
  externalId: string;
  requireMfa: boolean;
  customPolicy: string;
  policyArns: string[];
  boundaryArn?: string;
  useBoundary: boolean;
  roleName: string;
  description: string;
  tags: Array<{ key: string; value: string }>;
}

export const initialCreateRoleForm: CreateRoleForm = {
  entityType: 'service',
  accountChoice: 'this',
  otherAccountId: '',
  requireExternalId: false,
  externalId: '',
  requireMfa: false,
  customPolicy: CUSTOM_TRUST_POLICY,
  policyArns: [],
  useBoundary: false,
  roleName: '',
  description: '',
  tags: [],
};

/** What keeps step 1 from going on, in the console's words; undefined when it is complete. */
export function trustedEntityError(form: CreateRoleForm): string | undefined {
  if (form.entityType === 'service') {
    if (!form.service) return 'Choose a service or use case.';
    if (!form.useCase) return 'Choose a use case.';
  }
  if (form.entityType === 'account' && form.accountChoice === 'other') {
    if (!/^\d{12}$/.test(form.otherAccountId)) return 'Enter a 12-digit account ID.';
  }
  if (form.entityType === 'account' && form.requireExternalId) {
    if (!/^[\w+=,.@:/-]{2,1224}$/.test(form.externalId)) {
      return "The external ID must be 2 to 1,224 characters: alphanumeric and '+=,.@:/-'.";
    }
  }
  return undefined;
}

export function trustPolicyOf(form: CreateRoleForm, thisAccountId: string): string {
  switch (form.entityType) {
    case 'service': {
      const service = SERVICE_USE_CASES.find((s) => s.service === form.service);
      return serviceTrustPolicy(
        service ? useCasePrincipal(service, form.useCase ?? '') : 'ec2.amazonaws.com',
      );
    }
    case 'account':
      return accountTrustPolicy({
        accountId: form.accountChoice === 'this' ? thisAccountId : form.otherAccountId,
        ...(form.requireExternalId && { externalId: form.externalId }),
        requireMfa: form.requireMfa,
      });
    case 'custom':
      return form.customPolicy;
  }
}

/** An AWS-service role for EC2 instances gets an instance profile of the same name. */
export function needsInstanceProfile(form: CreateRoleForm): boolean {
  return (
    form.entityType === 'service' && form.service === 'EC2' && form.useCase !== 'ec2-spot-fleet'
  );
}

const ROLE_NAME = /^[\w+=,.@-]+$/;

/** The role name's error before AWS is asked; AWS's own errors come back on submit. */
export function roleNameError(name: string): string | undefined {
  if (!name) return 'Enter a role name.';
  if (name.length > 64 || !ROLE_NAME.test(name)) {
    return "Maximum 64 characters. Use alphanumeric and '+=,.@-_' characters.";
  }
  return undefined;
}
