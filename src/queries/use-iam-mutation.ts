// Mutation hooks' common shape: on success, refresh what the change may have made stale. IAM, S3
// and EC2 mutations are learner actions: predict mode asks before their first call.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { learnerAction } from '@/aws/predictions';
import { invalidateAfterIamChange, invalidateEverything, invalidateFamily } from './invalidate';

/** An IAM call as a mutation: refreshes every IAM, S3 and EC2 query on success. */
export function useIamMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => learnerAction(() => mutationFn(variables)),
    onSuccess: () => invalidateAfterIamChange(client),
  });
}

/** An S3 or EC2 call as a mutation: refreshes its own family (['s3'] or ['ec2']). */
export function useServiceMutation<V, R>(
  family: 's3' | 'ec2',
  mutationFn: (variables: V) => Promise<R>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => learnerAction(() => mutationFn(variables)),
    onSuccess: () => invalidateFamily(client, [family]),
  });
}

/** A lab-wide change (reset, scenario): refreshes everything. */
export function useLabMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => invalidateEverything(client) });
}
