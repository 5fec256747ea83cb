// The trust policies the Create role wizard writes for its trusted entity types, formatted as the
// console shows them in "Step 1: Select trusted entities".

/** An AWS service and the use cases the console offers for it. */
export interface ServiceUseCase {
  /** "EC2" */
  service: string;
  /** "ec2.amazonaws.com" */
  principal: string;
  useCases: Array<{ id: string; label: string; description: string; principal?: string }>;
}

/** The services of the "Service or use case" list (the commonly used ones first, as in the console). */
export const SERVICE_USE_CASES: readonly ServiceUseCase[] = [
  {
    service: 'EC2',
    principal: 'ec2.amazonaws.com',
    useCases: [
      {
        id: 'ec2',
        label: 'EC2',
        description: 'Allows EC2 instances to call AWS services on your behalf.',
      },
      {
        id: 'ec2-ssm',
        label: 'EC2 Role for AWS Systems Manager',
        description:
          'Allows EC2 instances to call AWS services like CloudWatch and Systems Manager on your behalf.',
      },
      {
        id: 'ec2-spot-fleet',
        label: 'EC2 Spot Fleet Role',
        description:
          'Allows EC2 Spot Fleet to request and terminate Spot Instances on your behalf.',
        principal: 'spotfleet.amazonaws.com',
      },
    ],
  },
  {
    service: 'Lambda',
    principal: 'lambda.amazonaws.com',
    useCases: [
      {
        id: 'lambda',
        label: 'Lambda',
        description: 'Allows Lambda functions to call AWS services on your behalf.',
      },
    ],
  },
  {
    service: 'CloudFormation',
    principal: 'cloudformation.amazonaws.com',
    useCases: [
      {
        id: 'cloudformation',
        label: 'CloudFormation',
        description:
          'Allows CloudFormation to create and manage AWS stacks and resources on your behalf.',
      },
    ],
  },
  {
    service: 'ECS',
    principal: 'ecs-tasks.amazonaws.com',
    useCases: [
      {
        id: 'ecs-tasks',
        label: 'Elastic Container Service Task',
        description: 'Allows ECS tasks to call AWS services on your behalf.',
      },
    ],
  },
  {
    service: 'Glue',
    principal: 'glue.amazonaws.com',
    useCases: [
      {
        id: 'glue',
        label: 'Glue',
        description: 'Allows Glue to call AWS services on your behalf.',
      },
    ],
  },
];

/** The principal of a use case: its own, or its service's. */
export function useCasePrincipal(service: ServiceUseCase, useCaseId: string): string {
  return service.useCases.find((u) => u.id === useCaseId)?.principal ?? service.principal;
}

const stringify = (doc: unknown) => JSON.stringify(doc, null, 4);

export function serviceTrustPolicy(principal: string): string {
  return stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['sts:AssumeRole'],
        Principal: { Service: [principal] },
      },
    ],
  });
}

export interface AccountTrustOptions {
  accountId: string;
  externalId?: string;
  requireMfa: boolean;
}

/** "AWS account": the account's root, with the optional external ID and MFA conditions. */
export function accountTrustPolicy({ accountId, externalId, requireMfa }: AccountTrustOptions) {
  const condition: Record<string, Record<string, string>> = {};
  if (externalId !== undefined) condition['StringEquals'] = { 'sts:ExternalId': externalId };
  if (requireMfa) condition['Bool'] = { 'aws:MultiFactorAuthPresent': 'true' };
  return stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: 'sts:AssumeRole',
        ...(Object.keys(condition).length > 0 && { Condition: condition }),
      },
    ],
  });
}

/** The custom trust policy editor's starting document, as the console offers it. */
export const CUSTOM_TRUST_POLICY = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "Statement1",
            "Effect": "Allow",
            "Principal": {},
            "Action": "sts:AssumeRole"
        }
    ]
}`;
