// The one QueryClient. IndexedDB is not the network, so queries run offline too; and a denial is an
// answer, not a fault, so nothing is retried.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
