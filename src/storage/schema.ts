// The lab database's shape for idb's typed API, and the catalog database that lists the labs.

import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type {
  AccessKeyRecord,
  AccountRecord,
  AttachmentRecord,
  BucketRecord,
  CallRecord,
  ChangeRecord,
  CliProfileRecord,
  CustomerPolicyRecord,
  GroupRecord,
  InlinePolicyRecord,
  InstanceProfileRecord,
  InstanceRecord,
  LabSettingsRecord,
  KeyPairRecord,
  LoginProfileRecord,
  MembershipRecord,
  MfaDeviceRecord,
  ObjectRecord,
  RoleRecord,
  ScpPolicyRecord,
  ScpTargetRecord,
  UserRecord,
} from './types';

/** The current schema version of a lab database. Bump it together with a step in migrations.ts. */
export const LAB_DB_VERSION = 9;

export interface LabSchema extends DBSchema {
  meta: { key: string; value: AccountRecord };
  /** byBoundary holds only the users with a permissions boundary (a sparse index). */
  users: { key: string; value: UserRecord; indexes: { byBoundary: string } };
  loginProfiles: { key: string; value: LoginProfileRecord };
  groups: { key: string; value: GroupRecord };
  memberships: {
    key: [string, string];
    value: MembershipRecord;
    indexes: { byGroup: string; byUser: string };
  };
  attachments: {
    key: [string, string, string];
    value: AttachmentRecord;
    indexes: { byPrincipal: [string, string]; byPolicy: string };
  };
  inlinePolicies: {
    key: [string, string, string];
    value: InlinePolicyRecord;
    indexes: { byPrincipal: [string, string] };
  };
  policies: { key: string; value: CustomerPolicyRecord };
  roles: { key: string; value: RoleRecord; indexes: { byBoundary: string } };
  instanceProfiles: { key: string; value: InstanceProfileRecord };
  buckets: { key: string; value: BucketRecord };
  objects: { key: [string, string]; value: ObjectRecord; indexes: { byBucket: string } };
  instances: { key: string; value: InstanceRecord };
  scpPolicies: { key: string; value: ScpPolicyRecord };
  scpTargets: { key: string; value: ScpTargetRecord };
  changes: { key: number; value: ChangeRecord; indexes: { byTime: string } };
  calls: {
    key: number;
    value: CallRecord;
    indexes: { byTime: number; byPrincipal: [string, number] };
  };
  accessKeys: { key: string; value: AccessKeyRecord; indexes: { byUser: string } };
  mfaDevices: { key: string; value: MfaDeviceRecord; indexes: { byUser: string } };
  /** The lab's own settings: the request context panel's values (issue 5), predict mode, undo steps
   * and walkthrough progress (issue 7). */
  labSettings: { key: string; value: LabSettingsRecord };
  cliProfiles: { key: string; value: CliProfileRecord };
  keyPairs: { key: [string, string]; value: KeyPairRecord };
}

export type LabStore = StoreNames<LabSchema>;
export type LabDb = IDBPDatabase<LabSchema>;
/** A read-write transaction over every store: what a change runs in. */
export type LabWriteTx = IDBPTransaction<LabSchema, LabStore[], 'readwrite'>;
/** Any transaction over every store. */
export type LabReadTx = IDBPTransaction<LabSchema, LabStore[], 'readonly' | 'readwrite'>;

/** Every store holding lab content (what "Reset lab" empties). */
export const LAB_STORES: readonly LabStore[] = [
  'meta',
  'users',
  'loginProfiles',
  'groups',
  'memberships',
  'attachments',
  'inlinePolicies',
  'policies',
  'roles',
  'instanceProfiles',
  'buckets',
  'objects',
  'instances',
  'scpPolicies',
  'scpTargets',
  'changes',
  'calls',
  'accessKeys',
  'mfaDevices',
  'labSettings',
  'cliProfiles',
  'keyPairs',
];

/** An entry of the catalog database. */
export interface LabEntry {
  labId: string;
  name: string;
  dbName: string;
  createDate: string;
}

export interface CatalogSchema extends DBSchema {
  labs: { key: string; value: LabEntry };
  settings: { key: string; value: { key: string; value: string } };
}

export const CATALOG_DB_NAME = 'iam-console-lab';
export const CATALOG_DB_VERSION = 1;
export const DEFAULT_LAB_ID = 'default';

export function labDbName(labId: string): string {
  return `iam-console-lab.${labId}`;
}
