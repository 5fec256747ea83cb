// For tests only: unwrapping the AwsError of a call that must fail, and a customer managed policy.

import { writeTx } from '@/storage/db';
import { writeCustomerPolicy } from '@/storage/customer-policies';
import { AwsError } from './aws-error';
import { customerPolicyArn } from './arns';

export async function errorOf(promise: Promise<unknown>): Promise<AwsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AwsError)) throw new Error(`expected an AwsError, got ${String(error)}`);
  return error;
}

/** Writes a customer managed policy straight into storage, without CreatePolicy's authorization. */
export async function seedCustomerPolicy(policyName: string, document: string): Promise<string> {
  const arn = customerPolicyArn(policyName);
  const time = new Date().toISOString();
  await writeTx((tx) =>
    writeCustomerPolicy(
      tx,
      {
        arn,
        policyName,
        policyId: 'ANPAEXAMPLE' + policyName.padEnd(10, 'X').slice(0, 10).toUpperCase(),
        path: '/',
        description: '',
        defaultVersionId: 'v1',
        nextVersion: 2,
        versions: [{ versionId: 'v1', document, isDefaultVersion: true, createDate: time }],
        createDate: time,
        updateDate: time,
        tags: [],
      },
      { principalArn: 'test', operation: 'CreatePolicy', time },
    ),
  );
  return arn;
}
