// Predict mode's switch, for the top navigation on every page. The data layer is imported on use,
// so the console's first page load stays without it.

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

const predictions = () => import('@/aws/predictions');

export const predictModeQuery = () =>
  queryOptions({
    queryKey: ['lab', 'predict-mode'],
    queryFn: async () => (await predictions()).getPredictMode(),
  });

/** Whether predict mode is on in this lab (false until known). */
export function usePredictMode(): boolean {
  return useQuery(predictModeQuery()).data ?? false;
}

/** Turns predict mode on or off for this lab. */
export function useSetPredictMode() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (enabled: boolean) => (await predictions()).setPredictMode(enabled),
    onSuccess: () => client.invalidateQueries({ queryKey: ['lab', 'predict-mode'] }),
  });
}
