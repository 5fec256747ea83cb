// A role's Last Accessed tab: the services its policies allow, and when a session of the role last
// used each, from the lab's call records.
import { useQuery } from '@tanstack/react-query';
import { roleLastAccessedQuery } from '@/queries/iam-roles';
import { useCaller } from '@/state/acting-identity-store';
import { ServicesLastAccessedTable } from '@/ui/services-last-accessed-table';

export interface RoleLastAccessedTabProps {
  roleName: string;
}

export function RoleLastAccessedTab({ roleName }: RoleLastAccessedTabProps) {
  const caller = useCaller();
  const data = useQuery(roleLastAccessedQuery(caller, roleName));
  return (
    <ServicesLastAccessedTable
      services={data.data}
      loading={data.isPending}
      error={data.error}
      description="Allowed services show when a session of this role last used them, from the calls recorded in this lab."
    />
  );
}
