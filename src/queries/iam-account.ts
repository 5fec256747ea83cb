// The IAM Dashboard's resource counts.

import { queryOptions } from '@tanstack/react-query';
import { iam, type Caller } from '@/aws';

export const accountSummaryQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'account-summary', caller.arn],
    queryFn: () => iam.getAccountSummary(caller),
  });
