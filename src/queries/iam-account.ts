// The IAM Dashboard's resource counts.

import { queryOptions } from '@tanstack/react-query';
import type { Caller } from '@/aws/caller';
import { getAccountSummary } from '@/aws/iam-account';
import { getSecurityRecommendations } from '@/aws/security-recommendations';

export const accountSummaryQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'account-summary', caller.arn],
    queryFn: () => getAccountSummary(caller),
  });

export const securityRecommendationsQuery = (caller: Caller) =>
  queryOptions({
    queryKey: ['iam', 'security-recommendations', caller.arn],
    queryFn: () => getSecurityRecommendations(caller),
  });

/** The quotas AWS raises on request, with their defaults (the Account settings quota table). */
export { ADJUSTABLE_QUOTAS } from '@/aws/iam-account';
