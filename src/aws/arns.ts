// ARNs of the lab's resources, in AWS's formats.

import { LAB_ACCOUNT_ID, LAB_REGION } from '@/storage/lab-constants';

const IAM = `arn:aws:iam::${LAB_ACCOUNT_ID}`;

export const userArn = (userName: string, path = '/') => `${IAM}:user${path}${userName}`;
export const groupArn = (groupName: string, path = '/') => `${IAM}:group${path}${groupName}`;
export const roleArn = (roleName: string, path = '/') => `${IAM}:role${path}${roleName}`;
export const instanceProfileArn = (name: string, path = '/') =>
  `${IAM}:instance-profile${path}${name}`;
export const customerPolicyArn = (policyName: string, path = '/') =>
  `${IAM}:policy${path}${policyName}`;
export const awsManagedPolicyArn = (policyName: string, path = '/') =>
  `arn:aws:iam::aws:policy${path}${policyName}`;

/** IAM list calls are authorized on the path prefix: arn:aws:iam::123456789012:user/ */
export const iamListArn = (kind: 'user' | 'group' | 'role' | 'policy', pathPrefix = '/') =>
  `${IAM}:${kind}${pathPrefix}`;

export const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;
export const objectArn = (bucket: string, key: string) => `arn:aws:s3:::${bucket}/${key}`;

export const instanceArn = (instanceId: string, region = LAB_REGION) =>
  `arn:aws:ec2:${region}:${LAB_ACCOUNT_ID}:instance/${instanceId}`;

/** An EC2 resource of this account: arn:aws:ec2:<region>:123456789012:<type>/<id>. */
export const ec2Arn = (region: string, type: string, id: string) =>
  `arn:aws:ec2:${region}:${LAB_ACCOUNT_ID}:${type}/${id}`;

/** AMIs belong to their owner, so their ARN has no account: arn:aws:ec2:<region>::image/<id>. */
export const imageArn = (region: string, imageId: string) =>
  `arn:aws:ec2:${region}::image/${imageId}`;
