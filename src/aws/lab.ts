// Lab operations that are not AWS calls: reset, scenarios, the identity menu's user list and the
// logs. They need no authorization: the learner's own lab controls.

import { hashPassword } from '@/lib/pbkdf2';
import {
  loadSeededLab,
  readAccount,
  readCallLog,
  readChangeLog,
  readRoleArns,
  readUserNames,
  resetLabStorage,
} from '@/storage/lab-admin';
import { LAB_ACCOUNT_ID, LAB_REGION } from '@/storage/lab-constants';
import { readTx, writeTx } from '@/storage/db';
import { SCENARIO_ID, SCENARIO_PASSWORD } from '@/storage/seed-iam-users-and-groups';
import { redoLatest, restoreToHere as restoreAfter, undoLatest } from '@/storage/undo-redo';
import { readUndoHistory } from '@/storage/undo-stack';
import { nowIso } from './clock';
import type { CallRecord, ChangeRecord } from './types';

import { BEST_PRACTICES_ID } from '@/storage/seed-best-practices';
import { PRIVILEGE_ESCALATION_ID } from '@/storage/seed-privilege-escalation';
import { ROLES_ID } from '@/storage/seed-roles';
import { SCENARIO_SEEDS } from '@/storage/seed-scenarios';
import { SMALL_COMPANY_ID } from '@/storage/seed-small-company';

export { listTimeline } from './lab-timeline';
export type { TimelineAction, TimelineChange, TimelinePage } from './lab-timeline';
export { instanceRoleSession } from './instance-role-session';
export { getWalkthroughInProgress } from './walkthrough-status';

export interface Scenario {
  id: string;
  name: string;
  description: string;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'blank',
    name: 'Blank lab',
    description: 'Only the root user and the service-linked roles every account has.',
  },
  {
    id: SCENARIO_ID,
    name: 'IAM users and groups',
    description:
      `Users user-1, user-2 and user-3 (console password ${SCENARIO_PASSWORD}); groups S3-Support ` +
      '(AmazonS3ReadOnlyAccess), EC2-Support (AmazonEC2ReadOnlyAccess) and EC2-Admin (an inline ' +
      'policy allowing ec2:Describe*, ec2:StartInstances and ec2:StopInstances); one bucket with a ' +
      'few objects and two running instances.',
  },
  {
    id: SMALL_COMPANY_ID,
    name: 'A small company',
    description:
      'DevOps engineer Sally, web developers Maria and John, mobile developer Jane and accountant ' +
      'Mary, in the groups DevOps, WebDevelopers, Mobile and Accountants. Salesperson Peter needs ' +
      'no AWS access, so he has no user. Jane has programmatic access only; the accountants may ' +
      'read the billing bucket and nothing else. Console password: ' +
      SCENARIO_PASSWORD +
      '.',
  },
  {
    id: BEST_PRACTICES_ID,
    name: 'Best practices',
    description:
      'An account to put right: the root user has no MFA, dev-admin has AdministratorAccess ' +
      "attached directly, build-bot's access key has not been used for 200 days and carol's " +
      'password is more than a year old. Console password: ' +
      SCENARIO_PASSWORD +
      '.',
  },
  {
    id: ROLES_ID,
    name: 'Roles',
    description:
      'The instance app-server runs with the EC2 instance role app-server-role (S3 read-only); ' +
      'the user dev-1 (console password ' +
      SCENARIO_PASSWORD +
      ') may switch to the role ' +
      'ops-readonly in the same account.',
  },
  {
    id: PRIVILEGE_ESCALATION_ID,
    name: 'Privilege escalation',
    description:
      'intern may pass any role and launch instances, so they can start an instance with ' +
      'ec2-admin-role (AdministratorAccess); tools-dev may create new versions of a policy ' +
      'attached to themselves. Escalate, then close both paths. Console password: ' +
      SCENARIO_PASSWORD +
      '.',
  },
];

export interface LabInfo {
  accountId: string;
  region: string;
  scenarioId: string;
  createDate: string;
}

export async function getLabInfo(): Promise<LabInfo> {
  const account = await readAccount();
  return {
    accountId: account?.accountId ?? LAB_ACCOUNT_ID,
    region: account?.region ?? LAB_REGION,
    scenarioId: account?.scenarioId ?? 'blank',
    createDate: account?.createDate ?? '',
  };
}

export function listScenarios(): readonly Scenario[] {
  return SCENARIOS;
}

/** "Reset lab": back to the blank lab. The UI asks for confirmation first. */
export function resetLab(): Promise<void> {
  return resetLabStorage();
}

/** Replaces the lab with a built-in scenario. The UI asks for confirmation first. */
export async function loadScenario(scenarioId: string): Promise<void> {
  if (scenarioId === 'blank') return resetLabStorage();
  const seed = SCENARIO_SEEDS[scenarioId];
  if (!seed) throw new Error(`Unknown scenario ${scenarioId}`);
  const password = await hashPassword(SCENARIO_PASSWORD);
  return loadSeededLab((tx) => seed(tx, password));
}

/** The users the identity menu offers under "Switch to user" (a lab shortcut). */
export async function listSwitchableUsers(): Promise<string[]> {
  return (await readUserNames()).sort((a, b) => a.localeCompare(b));
}

/** The lab's role ARNs, for the tab that acts as a role session (a lab check, not an API call). */
export function listRoleArns(): Promise<string[]> {
  return readRoleArns();
}

/** The newest call records first. */
export function listCalls(limit = 1000): Promise<CallRecord[]> {
  return readCallLog(limit);
}

/** Every change record, oldest first. */
export function listChanges(): Promise<ChangeRecord[]> {
  return readChangeLog();
}

/** What Undo and Redo would step over next: the operations they are labelled with. */
export interface UndoState {
  undo?: string;
  redo?: string;
}

export async function getUndoState(): Promise<UndoState> {
  const history = await readTx(readUndoHistory);
  const undo = history.undo.at(-1)?.operation;
  const redo = history.redo.at(-1)?.operation;
  return { ...(undo && { undo }), ...(redo && { redo }) };
}

/** Undo: the lab as it was before the latest action. Returns that action's operation. */
export async function undo(): Promise<string | undefined> {
  return (await writeTx((tx) => undoLatest(tx, nowIso())))?.operation;
}

/** Redo: re-applies the latest undone action. Returns its operation. */
export async function redo(): Promise<string | undefined> {
  return (await writeTx((tx) => redoLatest(tx, nowIso())))?.operation;
}

/** The timeline's "Restore to here": the lab as it was right after that action (undoable). */
export function restoreToHere(lastChangeId: number): Promise<number> {
  return writeTx((tx) => restoreAfter(tx, lastChangeId, nowIso()));
}
