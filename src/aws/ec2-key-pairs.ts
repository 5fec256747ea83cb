// EC2 key pairs: CreateKeyPair (a real key, made with WebCrypto; only its fingerprint is kept, as
// AWS keeps only the public key) and DescribeKeyPairs, per Region.

import { generatePrivateKeyPem } from '@/lib/private-key-pem';
import { randomString } from '@/lib/random-string';
import { readTx, writeTx } from '@/storage/db';
import {
  readKeyPair,
  readKeyPairsInRegion,
  removeKeyPair,
  writeKeyPair,
} from '@/storage/key-pairs';
import type { KeyPairRecord, Tag } from '@/storage/types';
import { ec2Arn } from './arns';
import { AwsError } from './aws-error';
import type { Caller } from './caller';
import { runCall } from './call';
import { regionContext, requestTagContext, requireRegion, resourceTagContext } from './ec2-context';

export type KeyPair = Omit<KeyPairRecord, 'region'>;

export interface CreateKeyPairInput {
  keyName: string;
  keyType?: 'rsa' | 'ed25519';
  tags?: Tag[];
}

export interface CreatedKeyPair extends KeyPair {
  /** The private key, returned once; the lab keeps no copy. */
  keyMaterial: string;
}

/** Key names: 1-255 ASCII characters, no leading or trailing spaces. */
function checkKeyName(keyName: string): void {
  if (
    !keyName ||
    keyName.length > 255 ||
    !/^[\x20-\x7e]+$/.test(keyName) ||
    keyName.trim() !== keyName
  ) {
    throw new AwsError(
      'InvalidParameterValue',
      `Value (${keyName}) for parameter keyName is invalid.`,
    );
  }
}

const toKeyPair = ({ region: _region, ...pair }: KeyPairRecord): KeyPair => pair;

export function createKeyPair(
  caller: Caller,
  input: CreateKeyPairInput,
  region: string,
): Promise<CreatedKeyPair> {
  const resource = ec2Arn(region, 'key-pair', input.keyName);
  const keyType = input.keyType ?? 'rsa';
  const tags = input.tags ?? [];
  return runCall(
    caller,
    { service: 'ec2', operation: 'CreateKeyPair', action: 'ec2:CreateKeyPair', resource, region },
    async (call) => {
      requireRegion(region);
      checkKeyName(input.keyName);
      await call.authorize({
        action: 'ec2:CreateKeyPair',
        resource,
        context: {
          ...regionContext(region),
          'ec2:KeyPairType': keyType,
          ...(tags.length > 0 && requestTagContext(tags)),
        },
      });
      if (tags.length > 0) {
        // Tags given at creation are a CreateTags of their own, with ec2:CreateAction.
        await call.authorize({
          action: 'ec2:CreateTags',
          resource,
          context: {
            ...regionContext(region),
            'ec2:CreateAction': 'CreateKeyPair',
            ...requestTagContext(tags),
          },
        });
      }
      const key = await generatePrivateKeyPem(keyType);
      const record: KeyPairRecord = {
        region,
        keyName: input.keyName,
        keyPairId: `key-${randomString('0123456789abcdef', 17)}`,
        keyType,
        keyFingerprint: key.fingerprint,
        createTime: call.time,
        tags,
      };
      await writeTx(async (tx) => {
        if (await readKeyPair(tx, region, input.keyName)) {
          throw new AwsError(
            'InvalidKeyPair.Duplicate',
            `The keypair '${input.keyName}' already exists.`,
          );
        }
        await writeKeyPair(tx, record, call.change);
      });
      return { ...toKeyPair(record), keyMaterial: key.pem };
    },
  );
}

/** DescribeKeyPairs: a Describe* action, so Resource "*". */
export function describeKeyPairs(caller: Caller, region: string): Promise<KeyPair[]> {
  return runCall(
    caller,
    {
      service: 'ec2',
      operation: 'DescribeKeyPairs',
      action: 'ec2:DescribeKeyPairs',
      resource: '*',
      region,
    },
    async (call) => {
      requireRegion(region);
      await call.authorize({
        action: 'ec2:DescribeKeyPairs',
        resource: '*',
        context: regionContext(region),
      });
      return (await readTx((tx) => readKeyPairsInRegion(tx, region))).map(toKeyPair);
    },
  );
}

/** DeleteKeyPair: on the key pair's ARN, with its name, type and tags. */
export function deleteKeyPair(caller: Caller, keyName: string, region: string): Promise<void> {
  const resource = ec2Arn(region, 'key-pair', keyName);
  return runCall(
    caller,
    { service: 'ec2', operation: 'DeleteKeyPair', action: 'ec2:DeleteKeyPair', resource, region },
    async (call) => {
      requireRegion(region);
      const existing = await readTx((tx) => readKeyPair(tx, region, keyName));
      await call.authorize({
        action: 'ec2:DeleteKeyPair',
        resource,
        context: {
          ...regionContext(region),
          'ec2:KeyPairName': keyName,
          ...(existing && { 'ec2:KeyPairType': existing.keyType }),
          ...resourceTagContext(existing?.tags ?? []),
        },
      });
      // AWS answers DeleteKeyPair for a missing key with success, so the lab does too.
      await writeTx((tx) => removeKeyPair(tx, region, keyName, call.change));
    },
  );
}
