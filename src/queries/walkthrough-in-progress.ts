// Which walkthrough is in progress, for the console layout on every page. The data layer is
// imported on first use, so the layout's chunk (the first page load) stays without it.

import { queryOptions } from '@tanstack/react-query';

/** The walkthrough in progress (its ID, or null): the layout shows its drawer. */
export const walkthroughInProgressQuery = () =>
  queryOptions({
    queryKey: ['lab', 'walkthrough', 'in-progress'],
    queryFn: async () => (await import('@/aws/walkthrough-status')).getWalkthroughInProgress(),
  });
