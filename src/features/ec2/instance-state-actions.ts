// The Instance state menu's actions, with the console's confirmation and flash wording.

export type InstanceStateAction = 'start' | 'stop' | 'reboot' | 'terminate';

interface ActionText {
  /** Menu item. */
  menu: string;
  /** Confirmation dialog, when the console asks first. */
  confirm?: { header: string; body: string; button: string };
  /** "Successfully initiated stopping of i-…". */
  success: (ids: string) => string;
  /** "Failed to stop the instance i-…". */
  failure: (ids: string) => string;
}

export const ACTION_TEXT: Record<InstanceStateAction, ActionText> = {
  stop: {
    menu: 'Stop instance',
    confirm: {
      header: 'Stop instance?',
      body: 'To confirm that you want to stop the following instances, choose the stop button below. Stopped instances keep their EBS volumes; you can start them again.',
      button: 'Stop',
    },
    success: (ids) => `Successfully initiated stopping of ${ids}`,
    failure: (ids) => `Failed to stop the instance ${ids}`,
  },
  start: {
    menu: 'Start instance',
    success: (ids) => `Successfully initiated starting of ${ids}`,
    failure: (ids) => `Failed to start the instance ${ids}`,
  },
  reboot: {
    menu: 'Reboot instance',
    confirm: {
      header: 'Reboot instance?',
      body: 'To confirm that you want to reboot the following instances, choose the reboot button below.',
      button: 'Reboot',
    },
    success: (ids) => `Successfully initiated rebooting of ${ids}`,
    failure: (ids) => `Failed to reboot the instance ${ids}`,
  },
  terminate: {
    menu: 'Terminate (delete) instance',
    confirm: {
      header: 'Terminate (delete) instance?',
      body: 'On an EBS-backed instance, the default action is for the root EBS volume to be deleted when the instance is terminated. Storage on any local drives will be lost. To confirm that you want to terminate the following instances, choose the terminate button below.',
      button: 'Terminate (delete)',
    },
    success: (ids) => `Successfully terminated ${ids}`,
    failure: (ids) => `Failed to terminate the instance ${ids}`,
  },
};

/** The states from which the console offers each item; it greys out the others. */
const ALLOWED_FROM: Record<InstanceStateAction, readonly string[]> = {
  stop: ['running'],
  start: ['stopped'],
  reboot: ['running'],
  terminate: ['pending', 'running', 'stopping', 'stopped'],
};

/** The Instance state menu for a selection: an item is enabled when some selected instance allows it. */
export function instanceStateMenu(states: readonly string[]) {
  const order: InstanceStateAction[] = ['stop', 'start', 'reboot', 'terminate'];
  return order.map((a) => ({
    id: a,
    text: ACTION_TEXT[a].menu,
    disabled: !states.some((s) => ALLOWED_FROM[a].includes(s)),
  }));
}
