// IAM roles (issue 3: the service-linked roles).

import { queryOptions } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as iam from '@/aws/iam-roles';

export const rolesQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'roles', 'list', caller.arn],
    queryFn: () => iam.listRoles(caller),
  });

export const roleQuery = (caller: Caller, roleName: string) =>
  queryOptions({
    queryKey: ['iam', 'roles', 'detail', roleName, caller.arn],
    queryFn: () => iam.getRole(caller, roleName),
  });

export { trustedEntitiesLabel } from '@/aws/iam-roles';
