// The lab's request context panel: its saved values and the context each recent call sent.

import { queryOptions } from '@tanstack/react-query';
import {
  getRequestContext,
  listRecentCallContexts,
  saveRequestContext,
  type RequestContextSettings,
} from '@/aws/request-context';
import { useLabMutation } from './use-iam-mutation';

export type { MfaSetting, RequestContextSettings } from '@/aws/request-context';
export {
  DEFAULT_REQUEST_CONTEXT,
  PANEL_KEYS,
  isIpAddress,
  requestContextProblem,
} from '@/aws/request-context';

export const requestContextQuery = () =>
  queryOptions({ queryKey: ['lab', 'request-context'], queryFn: () => getRequestContext() });

/** The newest calls first, with the context keys each one sent. */
export const recentCallContextsQuery = (limit: number) =>
  queryOptions({
    queryKey: ['lab', 'calls', 'contexts', limit],
    queryFn: () => listRecentCallContexts(limit),
  });

/** Saves the panel; every answer may change, so every query refreshes. */
export const useSaveRequestContext = () =>
  useLabMutation((settings: RequestContextSettings) => saveRequestContext(settings));
