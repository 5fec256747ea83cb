// Runs an Instance state menu item on some instances: asks first when the console does, then
// leaves the console's success or failure flash (a denial with "Why?" and "Decode message").
import { useState, type ReactNode } from 'react';
import { useInstanceStateAction } from '@/queries/ec2';
import { useCaller } from '@/state/acting-identity-store';
import { useFlash } from '@/state/flash-store';
import { deniedCallOf } from '@/ui/denial-alert';
import { Ec2DenialDetails } from './decode-message-modal';
import { ACTION_TEXT, type InstanceStateAction } from './instance-state-actions';
import { InstanceStateConfirm } from './instance-state-confirm';

export function useInstanceState(region: string): {
  request: (action: InstanceStateAction, instanceIds: string[]) => void;
  dialog: ReactNode;
} {
  const caller = useCaller();
  const pushFlash = useFlash((s) => s.pushFlash);
  const stateAction = useInstanceStateAction();
  const [confirming, setConfirming] = useState<{
    action: InstanceStateAction;
    ids: string[];
  } | null>(null);

  const run = (action: InstanceStateAction, ids: string[]) => {
    setConfirming(null);
    const text = ACTION_TEXT[action];
    stateAction.mutate(
      { caller, action, instanceIds: ids, region },
      {
        onSuccess: () => pushFlash({ type: 'success', header: text.success(ids.join(', ')) }),
        onError: (error) => {
          const denied = deniedCallOf(error);
          pushFlash({
            type: 'error',
            header: text.failure(ids.join(', ')),
            content: denied ? <Ec2DenialDetails error={denied} /> : error.message,
          });
        },
      },
    );
  };

  const request = (action: InstanceStateAction, ids: string[]) => {
    if (ids.length === 0) return;
    if (ACTION_TEXT[action].confirm) setConfirming({ action, ids });
    else run(action, ids);
  };

  const dialog = confirming && (
    <InstanceStateConfirm
      action={confirming.action}
      instanceIds={confirming.ids}
      onConfirm={() => run(confirming.action, confirming.ids)}
      onCancel={() => setConfirming(null)}
    />
  );
  return { request, dialog };
}
