// The IAM Dashboard's resource counts.

import { queryOptions } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import { getAccountSummary } from '@/aws/iam-account';

export const accountSummaryQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'account-summary', caller.arn],
    queryFn: () => getAccountSummary(caller),
  });
