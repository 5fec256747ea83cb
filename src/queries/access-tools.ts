// The whole-account tools: who can, and the access matrix's input (every principal's policies).

import { queryOptions, useMutation } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import * as details from '@/aws/authorization-details';

export { principalRequest } from './principal-request';

export const authorizationDetailsQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'authorization-details', caller.arn],
    queryFn: () => details.getAccountAuthorizationDetails(caller),
    retry: false,
  });

export const useWhoCan = () =>
  useMutation({
    mutationFn: (v: { caller: Caller } & Parameters<typeof details.whoCan>[1]) => {
      const { caller, ...input } = v;
      return details.whoCan(caller, input);
    },
  });
