// The service catalog for the policy editors, loaded once; undefined while it loads.
import { useEffect, useState } from 'react';
import { loadServiceCatalog, type ServiceCatalog } from '@/iam';

export function useServiceCatalog(): ServiceCatalog | undefined {
  const [catalog, setCatalog] = useState<ServiceCatalog>();
  useEffect(() => {
    let live = true;
    loadServiceCatalog().then(
      (loaded) => live && setCatalog(loaded),
      // Without the catalog the editor still checks syntax; findings just stay empty.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return catalog;
}
