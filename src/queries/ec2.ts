// EC2: instances, key pairs and tags, each in one Region, plus the IAM instance profiles the launch
// wizard offers. The instance list polls while an instance is changing state.

import { queryOptions, useMutation } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as ec2 from '@/aws/ec2-api';
import type { CreateKeyPairInput, RunInstancesInput, TagToDelete } from '@/aws/ec2-api';
import { listInstanceProfiles } from '@/aws/instance-profiles';
import { decodeAuthorizationMessage } from '@/aws/sts-api';
import type { Tag } from '@/aws/types';
import { useServiceMutation } from './use-iam-mutation';

export type { KeyPair, CreatedKeyPair } from '@/aws/ec2-api';

const POLL_MS = 1000;

export const instancesQuery = (caller: Caller, region: string) =>
  queryOptions({
    queryKey: ['ec2', 'instances', region, caller.arn],
    queryFn: () => ec2.describeInstances(caller, region),
    refetchInterval: (query) =>
      query.state.data?.some((instance) => instance.transitioning) ? POLL_MS : false,
  });

export const keyPairsQuery = (caller: Caller, region: string) =>
  queryOptions({
    queryKey: ['ec2', 'key-pairs', region, caller.arn],
    queryFn: () => ec2.describeKeyPairs(caller, region),
  });

/** ListInstanceProfiles, for Advanced details → IAM instance profile. */
export const instanceProfilesQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'instance-profiles', caller.arn],
    queryFn: () => listInstanceProfiles(caller),
  });

/** RunInstances; resolves with the launched instances. */
export const useRunInstances = () =>
  useServiceMutation('ec2', (v: { caller: Caller } & RunInstancesInput) => {
    const { caller, ...input } = v;
    return ec2.runInstances(caller, input);
  });

/** CreateKeyPair; resolves with the private key, shown once. */
export const useCreateKeyPair = () =>
  useServiceMutation('ec2', (v: { caller: Caller; region: string } & CreateKeyPairInput) => {
    const { caller, region, ...input } = v;
    return ec2.createKeyPair(caller, input, region);
  });

/** DeleteKeyPair. */
export const useDeleteKeyPair = () =>
  useServiceMutation('ec2', (v: { caller: Caller; keyName: string; region: string }) =>
    ec2.deleteKeyPair(v.caller, v.keyName, v.region),
  );

export type InstanceStateActionName = 'start' | 'stop' | 'reboot' | 'terminate';

const STATE_ACTIONS = {
  start: ec2.startInstances,
  stop: ec2.stopInstances,
  reboot: ec2.rebootInstances,
  terminate: ec2.terminateInstances,
} as const;

/** The Instance state menu: { caller, action: 'stop', instanceIds, region }. */
export const useInstanceStateAction = () =>
  useServiceMutation(
    'ec2',
    (v: {
      caller: Caller;
      action: InstanceStateActionName;
      instanceIds: string[];
      region: string;
    }) => STATE_ACTIONS[v.action](v.caller, v.instanceIds, v.region),
  );

/** The Tags tab's "Save": CreateTags for new or changed tags, then DeleteTags for removed keys. */
export const useSaveInstanceTags = () =>
  useServiceMutation(
    'ec2',
    async (v: {
      caller: Caller;
      instanceId: string;
      region: string;
      set: Tag[];
      remove: TagToDelete[];
    }) => {
      if (v.set.length > 0) await ec2.createTags(v.caller, [v.instanceId], v.set, v.region);
      if (v.remove.length > 0) await ec2.deleteTags(v.caller, [v.instanceId], v.remove, v.region);
    },
  );

/**
 * The console's "Modify IAM role": AssociateIamInstanceProfile for an instance without a profile,
 * ReplaceIamInstanceProfileAssociation to change it, DisassociateIamInstanceProfile for "No IAM Role".
 */
export const useModifyIamRole = () =>
  useServiceMutation(
    'ec2',
    (v: {
      caller: Caller;
      instanceId: string;
      region: string;
      hasProfile: boolean;
      profileName: string | undefined;
    }) => {
      if (!v.profileName)
        return ec2.disassociateIamInstanceProfile(v.caller, v.instanceId, v.region);
      return v.hasProfile
        ? ec2.replaceIamInstanceProfileAssociation(v.caller, v.instanceId, v.profileName, v.region)
        : ec2.associateIamInstanceProfile(v.caller, v.instanceId, v.profileName, v.region);
    },
  );

/** sts:DecodeAuthorizationMessage: changes nothing, so it refreshes nothing. */
export const useDecodeAuthorizationMessage = () =>
  useMutation({
    mutationFn: (v: { caller: Caller; encodedMessage: string }) =>
      decodeAuthorizationMessage(v.caller, v.encodedMessage),
  });
