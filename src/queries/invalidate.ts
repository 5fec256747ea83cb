// What a change makes stale. An IAM change can alter what any page may show, so it refreshes
// every IAM, S3 and EC2 query; S3 and EC2 changes refresh their own family.

import type { QueryClient } from '@tanstack/react-query';

export async function invalidateAfterIamChange(client: QueryClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: ['iam'] }),
    client.invalidateQueries({ queryKey: ['s3'] }),
    client.invalidateQueries({ queryKey: ['ec2'] }),
    client.invalidateQueries({ queryKey: ['lab'] }),
  ]);
}

export async function invalidateFamily(
  client: QueryClient,
  family: readonly string[],
): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: family }),
    client.invalidateQueries({ queryKey: ['lab'] }),
  ]);
}

/** After a reset or a scenario load, nothing cached is true any more. */
export async function invalidateEverything(client: QueryClient): Promise<void> {
  await client.invalidateQueries();
}
