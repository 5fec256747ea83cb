// Whether this browser saves the lab, for the console's banner.

export {
  onStorageHealthChange,
  storageHealth,
  type StorageFailure,
  type StorageHealth,
} from '@/storage/storage-health';
