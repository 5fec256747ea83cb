// The access matrix's account read (GetAccountAuthorizationDetails as the lab reads it): the e2e
// benchmark's lab of 100 principals (95 added users in three groups, each with an inline policy),
// on fake-indexeddb: one transaction, one getAll per store, joined in memory. `npm run bench`
// picks it up with the other workloads; the figure from navigation is the e2e's ([bench] lines).
import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readDetails } from '../../src/aws/authorization-details';
import { rootCaller } from '../../src/aws/caller';
import * as iam from '../../src/aws/iam';
import { writeTx } from '../../src/storage/db';
import { benchUsers } from './bench-users';

const root = rootCaller();

{
  const groups = ['S3-Support', 'EC2-Support', 'EC2-Admin'];
  const managed = [
    'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    'arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess',
    'arn:aws:iam::aws:policy/AmazonEC2FullAccess',
  ];
  for (const [k, groupName] of groups.entries()) {
    await iam.createGroup(root, { groupName });
    await iam.attachGroupPolicy(root, groupName, managed[k] ?? '');
  }
  // The 95 users are written as the e2e writes them: straight to the stores, in one transaction.
  const time = new Date().toISOString();
  const added = benchUsers(95, time);
  await writeTx(async (tx) => {
    for (const user of added.users) await tx.objectStore('users').add(user);
    for (const m of added.memberships) await tx.objectStore('memberships').add(m);
    for (const p of added.inlinePolicies) await tx.objectStore('inlinePolicies').add(p);
  });
  const first = performance.now();
  const details = await readDetails();
  const firstMs = performance.now() - first;
  const again: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    await readDetails();
    again.push(performance.now() - t0);
  }
  again.sort((a, b) => a - b);
  console.log(
    `access matrix account read, ${details.principals.length} principals on fake-indexeddb: ` +
      `first ${firstMs.toFixed(0)} ms (loads the AWS managed policies in use), ` +
      `then median ${again[2]?.toFixed(0)} ms, best ${again[0]?.toFixed(0)} ms; ` +
      `load average ${loadavg()[0]?.toFixed(1)}`,
  );
}
