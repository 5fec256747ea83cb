// The whole-account tools: who can, and the access matrix's input (every principal's policies).

import { queryOptions, useMutation } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as details from '@/aws/authorization-details';

export { principalRequest } from './principal-request';
/** The lab database a worker may read on its own (none while the lab is in memory only). */
export { currentLabDbName } from '@/aws/read-details';

export const authorizationDetailsQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'authorization-details', caller.arn],
    queryFn: () => details.getAccountAuthorizationDetails(caller),
    retry: false,
    // The route's loader starts this read as the navigation starts; the page mounting just after
    // takes that answer instead of reading again. Every change invalidates it.
    staleTime: 2_000,
  });

export const useWhoCan = () =>
  useMutation({
    mutationFn: (v: { caller: Caller } & Parameters<typeof details.whoCan>[1]) => {
      const { caller, ...input } = v;
      return details.whoCan(caller, input);
    },
  });
