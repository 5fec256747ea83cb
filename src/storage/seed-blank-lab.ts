// The blank lab: the account (its root user) and the two service-linked roles every account holds.

import { LAB_ACCOUNT_ID, LAB_PRINCIPAL, LAB_REGION } from './lab-constants';
import { newUniqueId } from './ids';
import { markChangeGroup, putRecord, type ChangeMeta } from './record-store';
import type { LabWriteTx } from './schema';
import type { RoleRecord } from './types';

interface ServiceLinkedRole {
  roleName: string;
  service: string;
  description: string;
  policyName: string;
}

const SERVICE_LINKED_ROLES: readonly ServiceLinkedRole[] = [
  {
    roleName: 'AWSServiceRoleForSupport',
    service: 'support.amazonaws.com',
    description:
      'Enables resource access for AWS to provide billing, administrative and support services',
    policyName: 'AWSSupportServiceRolePolicy',
  },
  {
    roleName: 'AWSServiceRoleForTrustedAdvisor',
    service: 'trustedadvisor.amazonaws.com',
    description:
      'Access for the AWS Trusted Advisor Service to help reduce cost, increase performance, and improve security of your AWS environment.',
    policyName: 'AWSTrustedAdvisorServiceRolePolicy',
  },
];

function trustPolicy(service: string): string {
  const document = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  };
  return JSON.stringify(document, null, 2);
}

/** Writes the blank lab into an empty database (or one just emptied by a reset). */
export async function seedBlankLab(tx: LabWriteTx, scenarioId = 'blank'): Promise<void> {
  // What a lab starts from is not an action: Undo stops there.
  markChangeGroup(tx, 'baseline');
  const time = new Date().toISOString();
  // A scenario's records all carry its name in the timeline, its blank-lab part included.
  const operation = scenarioId === 'blank' ? 'CreateLab' : 'LoadScenario';
  const meta: ChangeMeta = { principalArn: LAB_PRINCIPAL, operation, time };
  await putRecord(
    tx,
    'meta',
    { key: 'account', accountId: LAB_ACCOUNT_ID, region: LAB_REGION, scenarioId, createDate: time },
    meta,
  );
  for (const slr of SERVICE_LINKED_ROLES) {
    const path = `/aws-service-role/${slr.service}/`;
    const role: RoleRecord = {
      key: slr.roleName.toLowerCase(),
      roleName: slr.roleName,
      roleId: newUniqueId('AROA'),
      arn: `arn:aws:iam::${LAB_ACCOUNT_ID}:role${path}${slr.roleName}`,
      path,
      description: slr.description,
      assumeRolePolicyDocument: trustPolicy(slr.service),
      maxSessionDuration: 3600,
      createDate: time,
      serviceLinkedService: slr.service,
      tags: [],
    };
    await putRecord(tx, 'roles', role, meta);
    await putRecord(
      tx,
      'attachments',
      {
        principalKind: 'role',
        principalKey: role.key,
        policyArn: `arn:aws:iam::aws:policy/aws-service-role/${slr.policyName}`,
        createDate: time,
      },
      meta,
    );
  }
}

/** Empties every store of the lab, logs and undo history included; what follows is the baseline. */
export async function clearLab(tx: LabWriteTx): Promise<void> {
  markChangeGroup(tx, 'baseline');
  for (const name of tx.objectStoreNames) await tx.objectStore(name).clear();
}
