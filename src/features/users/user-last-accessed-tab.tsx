// A user's Last Accessed tab: the services the user's policies allow, and when the user last used
// each, from the lab's call records.
import { useQuery } from '@tanstack/react-query';
import { userLastAccessedQuery } from '@/queries/iam-users';
import { useCaller } from '@/state/acting-identity-store';
import { ServicesLastAccessedTable } from '@/ui/services-last-accessed-table';

export interface UserLastAccessedTabProps {
  userName: string;
}

export function UserLastAccessedTab({ userName }: UserLastAccessedTabProps) {
  const caller = useCaller();
  const data = useQuery(userLastAccessedQuery(caller, userName));
  return (
    <ServicesLastAccessedTable
      services={data.data}
      loading={data.isPending}
      error={data.error}
      description="Allowed services show when this user last used them, from the calls recorded in this lab."
    />
  );
}
