// EC2 > Instances: the list, its Instance state menu, and the flashes each action leaves.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCaller } from '@/state/acting-identity-store';
import { instancesQuery, useInstanceStateAction } from '@/queries/ec2';
import { useFlash } from '@/state/flash-store';
import { usePageChrome } from '@/state/page-chrome-store';
import { DenialDetails, deniedCallOf } from '@/ui/denial-alert';
import { ec2Paths } from './ec2-paths';
import { InstancesHelp } from './ec2-help';
import { ACTION_TEXT, type InstanceStateAction } from './instance-state-actions';
import { InstanceStateConfirm } from './instance-state-confirm';
import { InstanceListError } from './instance-list-error';
import { InstancesTable, type InstanceRow } from './instances-table';

export const ec2Breadcrumbs = [
  { text: 'EC2', path: ec2Paths.instances() },
  { text: 'Instances', path: ec2Paths.instances() },
];

export function InstancesPage() {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const stateAction = useInstanceStateAction();
  const instances = useQuery(instancesQuery(caller));
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<InstanceStateAction | null>(null);
  usePageChrome({ breadcrumbs: ec2Breadcrumbs, help: InstancesHelp, contentType: 'table' });

  const rows: InstanceRow[] = instances.data ?? [];
  const selected = rows.filter((r) => selectedIds.includes(r.instanceId));

  const run = (action: InstanceStateAction) => {
    setConfirming(null);
    const ids = selected.map((r) => r.instanceId);
    const text = ACTION_TEXT[action];
    stateAction.mutate(
      { caller, action, instanceIds: ids },
      {
        onSuccess: () => pushFlash({ type: 'success', header: text.success(ids.join(', ')) }),
        onError: (error) => {
          const denied = deniedCallOf(error);
          pushFlash({
            type: 'error',
            header: text.failure(ids.join(', ')),
            content: denied ? <DenialDetails error={denied} /> : error.message,
          });
        },
      },
    );
  };

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
          ACTION_TEXT[action].confirm ? setConfirming(action) : run(action)
        }
        error={
          instances.error ? (
            <InstanceListError error={instances.error} denied={denied} />
          ) : undefined
        }
      />
      {confirming && (
        <InstanceStateConfirm
          action={confirming}
          instanceIds={selected.map((r) => r.instanceId)}
          onConfirm={() => run(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}
