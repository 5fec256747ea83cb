// How the EC2 console writes instance states and times.

export type InstanceState =
  'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated';

export const STATE_LABEL: Record<InstanceState, string> = {
  pending: 'Pending',
  running: 'Running',
  stopping: 'Stopping',
  stopped: 'Stopped',
  'shutting-down': 'Shutting-down',
  terminated: 'Terminated',
};

/** The StatusIndicator type for each state: moving states spin. */
export const STATE_INDICATOR: Record<InstanceState, 'success' | 'stopped' | 'pending' | 'error'> = {
  pending: 'pending',
  running: 'success',
  stopping: 'pending',
  stopped: 'stopped',
  'shutting-down': 'pending',
  terminated: 'stopped',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026/11/22 05:43 GMT+0", as the Instances list writes launch times (the lab shows UTC). */
export function formatLaunchTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '-';
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(
    d.getUTCHours(),
  )}:${pad(d.getUTCMinutes())} GMT+0`;
}

/** The instance types the Launch instance page offers, with the console's one-line summaries. */
export const INSTANCE_TYPES = [
  {
    value: 't2.micro',
    description: 'Family: t2  1 vCPU  1 GiB Memory',
    tags: ['Free tier eligible'],
  },
  {
    value: 't3.micro',
    description: 'Family: t3  2 vCPU  1 GiB Memory',
    tags: ['Free tier eligible'],
  },
  { value: 't3.small', description: 'Family: t3  2 vCPU  2 GiB Memory', tags: [] },
  { value: 't3.medium', description: 'Family: t3  2 vCPU  4 GiB Memory', tags: [] },
  { value: 'm5.large', description: 'Family: m5  2 vCPU  8 GiB Memory', tags: [] },
];
