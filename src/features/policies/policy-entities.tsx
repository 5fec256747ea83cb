// "Entities attached": the users, groups and roles a managed policy is attached to, as a
// permissions policy or as a permissions boundary.
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import { paths } from '@/paths';
import type { PolicyEntities } from '@/queries/types';
import { RouteLink } from '@/ui/route-link';
import { TableEmptyState } from '@/ui/table-states';

export interface PolicyEntitiesTableProps {
  entities?: PolicyEntities;
  loading: boolean;
  usage?: 'policy' | 'boundary';
}

interface EntityRow {
  id: string;
  name: string;
  type: 'User' | 'Group' | 'Role';
  path?: string;
}

export function PolicyEntitiesTable({
  entities,
  loading,
  usage = 'policy',
}: PolicyEntitiesTableProps) {
  const attachedAs = usage === 'policy' ? 'Permissions policy' : 'Permissions boundary';
  const rows: EntityRow[] = [
    ...(entities?.policyUsers ?? []).map((u) => ({
      id: `user:${u.userName}`,
      name: u.userName,
      type: 'User' as const,
      path: paths.user(u.userName),
    })),
    ...(entities?.policyGroups ?? []).map((g) => ({
      id: `group:${g.groupName}`,
      name: g.groupName,
      type: 'Group' as const,
      path: paths.group(g.groupName),
    })),
    ...(entities?.policyRoles ?? []).map((r) => ({
      id: `role:${r.roleName}`,
      name: r.roleName,
      type: 'Role' as const,
    })),
  ];
  return (
    <Table
      items={rows}
      loading={loading}
      loadingText="Loading entities"
      trackBy="id"
      empty={<TableEmptyState />}
      columnDefinitions={[
        {
          id: 'name',
          header: 'Entity name',
          isRowHeader: true,
          cell: (r) => (r.path ? <RouteLink to={r.path}>{r.name}</RouteLink> : r.name),
        },
        { id: 'type', header: 'Entity type', cell: (r) => r.type },
        { id: 'attachedAs', header: 'Attached as', cell: () => attachedAs },
      ]}
      header={
        <Header counter={`(${rows.length})`}>{`Attached as a ${attachedAs.toLowerCase()}`}</Header>
      }
    />
  );
}
