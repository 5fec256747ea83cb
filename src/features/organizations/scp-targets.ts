// How the SCP pages label the lab organization's targets (Root → OU → account).
import type { ScpTarget, ScpTargetType } from '@/queries/types';

const TYPE_LABEL: Record<ScpTargetType, string> = {
  ROOT: 'Root',
  ORGANIZATIONAL_UNIT: 'Organizational unit',
  ACCOUNT: 'Account',
};

export function targetTypeLabel(type: ScpTargetType): string {
  return TYPE_LABEL[type];
}

/** "Root, Lab, Lab account" for the targets a policy is attached to, root first. */
export function targetNames(targets: readonly ScpTarget[], targetIds: readonly string[]): string {
  return targets
    .filter((t) => targetIds.includes(t.targetId))
    .map((t) => t.name)
    .join(', ');
}
