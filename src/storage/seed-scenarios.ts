// Every built-in scenario's seed, by scenario ID: what "Load scenario" writes into an emptied lab.

import type { LabWriteTx } from './schema';
import { BEST_PRACTICES_ID, seedBestPractices } from './seed-best-practices';
import { SCENARIO_ID, seedIamUsersAndGroups } from './seed-iam-users-and-groups';
import { PRIVILEGE_ESCALATION_ID, seedPrivilegeEscalation } from './seed-privilege-escalation';
import { ROLES_ID, seedRoles } from './seed-roles';
import { SMALL_COMPANY_ID, seedSmallCompany } from './seed-small-company';
import type { PasswordHash } from './types';

export type ScenarioSeed = (tx: LabWriteTx, password: PasswordHash) => Promise<void>;

export const SCENARIO_SEEDS: Readonly<Record<string, ScenarioSeed>> = {
  [SCENARIO_ID]: seedIamUsersAndGroups,
  [SMALL_COMPANY_ID]: seedSmallCompany,
  [BEST_PRACTICES_ID]: seedBestPractices,
  [ROLES_ID]: seedRoles,
  [PRIVILEGE_ESCALATION_ID]: seedPrivilegeEscalation,
};
