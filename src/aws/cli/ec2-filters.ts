// describe-instances --filters: the shorthand "Name=tag:Env,Values=dev,test" (or its JSON form)
// and the filter names the lab's instances can answer, with EC2's * and ? wildcards.

import { AwsError } from '../aws-error';
import type { Instance } from '../types';
import { CliUsageError } from './cli-errors';

export interface Ec2Filter {
  name: string;
  values: string[];
}

const FIELDS: Record<string, (i: Instance) => string[]> = {
  'instance-id': (i) => [i.instanceId],
  'instance-state-name': (i) => [i.state],
  'instance-type': (i) => [i.instanceType],
  'image-id': (i) => [i.imageId],
  'availability-zone': (i) => [i.availabilityZone],
  'private-ip-address': (i) => [i.privateIpAddress],
  'tag-key': (i) => i.tags.map((t) => t.Key),
  'tag-value': (i) => i.tags.map((t) => t.Value),
};

/** The CLI refuses a malformed parameter itself, before any request. */
function invalid(value: string): CliUsageError {
  return new CliUsageError(
    `\nError parsing parameter '--filters': Expected: 'Name=<name>,Values=<value>[,<value>...]', received: '${value}'\n`,
  );
}

/** Parses each --filters word; throws with the CLI's parameter error for a malformed one. */
export function parseFilters(words: readonly string[]): Ec2Filter[] {
  if (words.length === 1 && words[0]?.trim().startsWith('[')) {
    try {
      const parsed = JSON.parse(words[0]) as Array<{ Name?: unknown; Values?: unknown }>;
      return parsed.map((f) => ({
        name: String(f.Name),
        values: Array.isArray(f.Values) ? f.Values.map(String) : [],
      }));
    } catch {
      throw invalid(words[0]);
    }
  }
  return words.map((word) => {
    const match = /^Name=([^,]+),Values=(.*)$/.exec(word);
    if (!match) throw invalid(word);
    return { name: match[1] ?? '', values: (match[2] ?? '').split(',') };
  });
}

/** EC2's filter wildcards: * any run of characters, ? one character. */
function matches(pattern: string, value: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(value);
}

/** Keeps the instances every filter matches (any of a filter's values). */
export function applyFilters(
  instances: readonly Instance[],
  filters: readonly Ec2Filter[],
): Instance[] {
  const tests = filters.map((filter) => {
    const field = filter.name.startsWith('tag:')
      ? (i: Instance) => i.tags.filter((t) => t.Key === filter.name.slice(4)).map((t) => t.Value)
      : FIELDS[filter.name];
    if (!field) {
      throw new AwsError('InvalidParameterValue', `The filter '${filter.name}' is invalid`);
    }
    return (i: Instance) => field(i).some((v) => filter.values.some((p) => matches(p, v)));
  });
  return instances.filter((i) => tests.every((t) => t(i)));
}
