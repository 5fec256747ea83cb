// Workload (b) of issue 2: AWS's ReadOnlyAccess managed policy (thousands of action patterns).
import { evaluateRequest, loadManagedPolicies, type AuthorizationRequest } from '../../src/iam';
import { fmt, measure } from './measure';

{
  const policies = await loadManagedPolicies();
  const readOnly = policies.find((p) => p.name === 'ReadOnlyAccess');
  if (!readOnly) throw new Error('ReadOnlyAccess is missing from the generated managed policies');
  const identityPolicies = [{ document: readOnly.document, name: 'ReadOnlyAccess' }];
  const principal = { arn: 'arn:aws:iam::123456789012:user/reader', id: 'AIDAEXAMPLE' };
  const requests: AuthorizationRequest[] = [
    ['s3:GetObject', 'arn:aws:s3:::bucket/key'],
    ['s3:PutObject', 'arn:aws:s3:::bucket/key'],
    ['ec2:DescribeInstances', '*'],
    ['ec2:StopInstances', 'arn:aws:ec2:us-east-1:123456789012:instance/i-0abc'],
    ['iam:ListUsers', 'arn:aws:iam::123456789012:user/'],
    ['dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:123456789012:table/t'],
  ].map(([action, resource]) => ({
    principal,
    action: action as string,
    resource: resource as string,
    identityPolicies,
  }));
  console.log(`(b) decisions: ${requests.map((r) => evaluateRequest(r).decision).join(', ')}`);
  console.log(
    `(b) ReadOnlyAccess: ${fmt(measure(() => requests.forEach((r) => evaluateRequest(r)), requests.length))}`,
  );
}
