// "Entities attached": the users, groups and roles a managed policy is attached to, as a
// permissions policy or as a permissions boundary.
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import { paths } from '@/paths';
import type { PolicyEntities } from '@/queries/types';
import { RouteLink } from '@/ui/route-link';
import { TableEmptyState } from '@/ui/table-states';

export interface EntityRow {
  id: string;
  name: string;
  type: 'User' | 'Group' | 'Role';
  path?: string;
}

export interface PolicyEntitiesTableProps {
  entities?: PolicyEntities;
  loading: boolean;
  usage?: 'policy' | 'boundary';
  /** With these, rows can be selected (for Detach). */
  selectedItems?: EntityRow[];
  onSelectionChange?: (rows: EntityRow[]) => void;
  actions?: ReactNode;
}

const USAGE = {
  policy: { title: 'Attached as a permissions policy', cell: 'Permissions policy' },
  boundary: { title: 'Attached as a permissions boundary', cell: 'Permissions boundary' },
};

/** The table's rows: users, then groups, then roles. */
export function entityRows(entities?: PolicyEntities): EntityRow[] {
  return [
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
}

export function PolicyEntitiesTable({
  entities,
  loading,
  usage = 'policy',
  selectedItems,
  onSelectionChange,
  actions,
}: PolicyEntitiesTableProps) {
  const words = USAGE[usage];
  const rows = entityRows(entities);
  return (
    <Table<EntityRow>
      items={rows}
      loading={loading}
      loadingText="Loading entities"
      trackBy="id"
      empty={<TableEmptyState />}
      selectionType={onSelectionChange ? 'multi' : undefined}
      selectedItems={selectedItems ?? []}
      onSelectionChange={(e) => onSelectionChange?.(e.detail.selectedItems)}
      isItemDisabled={(r) => r.type === 'Role'}
      ariaLabels={{
        selectionGroupLabel: 'Entities selection',
        itemSelectionLabel: (_s, r) => r.name,
        allItemsSelectionLabel: () => 'Select all entities',
      }}
      columnDefinitions={[
        {
          id: 'name',
          header: 'Entity name',
          isRowHeader: true,
          cell: (r) => (r.path ? <RouteLink to={r.path}>{r.name}</RouteLink> : r.name),
        },
        { id: 'type', header: 'Entity type', cell: (r) => r.type },
        { id: 'attachedAs', header: 'Attached as', cell: () => words.cell },
      ]}
      header={
        <Header counter={`(${rows.length})`} actions={actions}>
          {words.title}
        </Header>
      }
    />
  );
}
