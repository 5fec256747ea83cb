// Whether this browser saves the lab: a private window or a full disk leaves it in memory only.

import { useSyncExternalStore } from 'react';
import { onStorageHealthChange, storageHealth, type StorageHealth } from '@/aws/browser-storage';

export type { StorageHealth } from '@/aws/browser-storage';

export function useStorageHealth(): StorageHealth {
  return useSyncExternalStore(onStorageHealthChange, storageHealth);
}
