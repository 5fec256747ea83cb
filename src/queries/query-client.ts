// The app's one QueryClient. IndexedDB is not the network, and a denial is an answer, not a fault.

import { QueryClient } from '@tanstack/react-query';
import { isAwsError } from '@/aws/aws-error';

const MAX_RETRIES = 2;

function retry(failureCount: number, error: unknown): boolean {
  return !isAwsError(error) && failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
