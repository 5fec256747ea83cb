// IAM roles (issue 3: the service-linked roles).

import { queryOptions } from '@tanstack/react-query';
import { iam, type Caller } from '@/aws';

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

export { trustedEntitiesLabel } from '@/aws';
