// EC2 > Instances: the Region's list, its Instance state menu, and the flashes each action leaves.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCaller } from '@/state/acting-identity-store';
import { instancesQuery } from '@/queries/ec2';
import { usePageChrome } from '@/state/page-chrome-store';
import { deniedCallOf } from '@/ui/denial-alert';
import { ec2Paths } from './ec2-paths';
import { InstancesHelp } from './ec2-help';
import { InstanceListError } from './instance-list-error';
import { InstancesTable, type InstanceRow } from './instances-table';
import { useEc2Region } from './use-ec2-region';
import { useInstanceState } from './use-instance-state';

export const ec2Breadcrumbs = [
  { text: 'EC2', path: ec2Paths.instances() },
  { text: 'Instances', path: ec2Paths.instances() },
];

export function InstancesPage() {
  const caller = useCaller();
  const region = useEc2Region();
  const instances = useQuery(instancesQuery(caller, region.code));
  const { request, dialog } = useInstanceState(region.code);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  usePageChrome({ breadcrumbs: ec2Breadcrumbs, help: InstancesHelp, contentType: 'table' });

  const rows: InstanceRow[] = instances.data ?? [];
  const selected = rows.filter((r) => selectedIds.includes(r.instanceId));
  const denied = deniedCallOf(instances.error);
  return (
    <>
      <InstancesTable
        instances={rows}
        loading={instances.isPending && !instances.error}
        selected={selected}
        onSelectionChange={(sel) => setSelectedIds(sel.map((r) => r.instanceId))}
        onRefresh={() => void instances.refetch()}
        onStateAction={(action) =>
          request(
            action,
            selected.map((r) => r.instanceId),
          )
        }
        error={
          instances.error ? (
            <InstanceListError error={instances.error} denied={denied} />
          ) : undefined
        }
      />
      {dialog}
    </>
  );
}
