// aws configure (the four prompts), aws configure list and aws configure list-profiles. Profiles
// live in the lab's storage, as ~/.aws/credentials and ~/.aws/config live in CloudShell's home.

import { readAllCliProfiles, readCliProfile, writeCliProfile } from '@/storage/cli-profiles';
import { readTx, writeTx } from '@/storage/db';
import type { CliProfileRecord } from '@/storage/types';
import { sha256Hex } from '@/lib/sha256';
import { nowIso } from '../clock';
import { ok, type CliContext, type CliResult } from './cli-types';
import type { OperationSpec } from './parse-command';

export const CONFIGURE_OPERATIONS: Record<string, OperationSpec> = {
  '': { options: {} },
  list: { options: {} },
  'list-profiles': { options: {} },
  set: { options: {}, positionals: { name: 'varname, value', min: 2, max: 2 } },
  get: { options: {}, positionals: { name: 'varname', min: 1, max: 1 } },
};

/** The names "aws configure set/get" take, and the profile field each one is. */
const VARIABLES = {
  aws_access_key_id: 'accessKeyId',
  aws_secret_access_key: 'secretAccessKey',
  region: 'region',
  output: 'output',
} as const;

type Variable = keyof typeof VARIABLES;

/** "region", or "default.region" / "profile.dev.region" (the profile named in the variable). */
function variableOf(ctx: CliContext, varname: string): { profile: string; field?: Variable } {
  const parts = varname.split('.');
  const name = parts.at(-1) ?? '';
  const named =
    parts.length === 2
      ? parts[0]
      : parts.length === 3 && parts[0] === 'profile'
        ? parts[1]
        : undefined;
  const profile = named ?? ctx.parsed.profile ?? 'default';
  return name in VARIABLES ? { profile, field: name as Variable } : { profile };
}

/** "aws configure set <varname> <value>": writes one value of a profile (created if new). */
export async function configureSetCommand(ctx: CliContext): Promise<CliResult> {
  const [varname = '', value = ''] = ctx.parsed.positionals;
  const { profile: name, field } = variableOf(ctx, varname);
  // The CLI writes any other name to the config file; the lab keeps only the four it uses.
  if (!field) return ok('');
  const time = nowIso();
  await writeTx(async (tx) => {
    const current = await readCliProfile(tx, name);
    await writeCliProfile(
      tx,
      { ...current, name, [VARIABLES[field]]: value },
      { principalArn: ctx.env.consoleCaller.arn, operation: 'aws configure set', time },
    );
  });
  return ok('');
}

/** "aws configure get <varname>": the value, or nothing and exit code 1. */
export async function configureGetCommand(ctx: CliContext): Promise<CliResult> {
  const [varname = ''] = ctx.parsed.positionals;
  const { profile: name, field } = variableOf(ctx, varname);
  const profile = await readTx((tx) => readCliProfile(tx, name));
  const value = field ? profile?.[VARIABLES[field]] : undefined;
  return value ? ok(`${value}\n`) : { text: '', exitCode: 1 };
}

/** awscli's _mask_value: sixteen stars and the last four characters. */
export function maskValue(value: string): string {
  return '*'.repeat(16) + value.slice(-4);
}

/** "aws configure": asks for the four values, showing the current ones; Enter keeps a value. */
export async function configureCommand(ctx: CliContext): Promise<CliResult> {
  const name = ctx.parsed.profile ?? 'default';
  const current = await readTx((tx) => readCliProfile(tx, name));
  const shown = (value: string | undefined, mask: boolean) =>
    value ? (mask ? maskValue(value) : value) : 'None';
  return {
    text: '',
    exitCode: 0,
    ask: {
      questions: [
        `AWS Access Key ID [${shown(current?.accessKeyId, true)}]: `,
        `AWS Secret Access Key [${shown(current?.secretAccessKey, true)}]: `,
        `Default region name [${shown(current?.region, false)}]: `,
        `Default output format [${shown(current?.output, false)}]: `,
      ],
      finish: async (answers) => {
        const [accessKeyId, secretAccessKey, region, output] = answers.map((a) => a.trim());
        const profile: CliProfileRecord = {
          ...current,
          name,
          ...(accessKeyId && { accessKeyId }),
          ...(secretAccessKey && { secretAccessKey }),
          ...(region && { region }),
          ...(output && { output }),
        };
        const time = nowIso();
        await writeTx((tx) =>
          writeCliProfile(tx, profile, {
            principalArn: ctx.env.consoleCaller.arn,
            operation: 'aws configure',
            time,
          }),
        );
        return ok('');
      },
    },
  };
}

function row(name: string, value: string, type: string, location: string): string {
  return `${name.padStart(10)} ${value.padStart(24)} ${type.padStart(16)}    ${location}\n`;
}

/** "aws configure list": where each value the next command would use comes from. */
export async function configureListCommand(ctx: CliContext): Promise<CliResult> {
  const name = ctx.parsed.profile;
  const profile = await readTx((tx) => readCliProfile(tx, name ?? 'default'));
  const lines = [
    row('Name', 'Value', 'Type', 'Location'),
    row('----', '-----', '----', '--------'),
  ];
  lines.push(
    name !== undefined
      ? row('profile', name, 'manual', '--profile')
      : row('profile', '<not set>', 'None', 'None'),
  );
  if (profile?.accessKeyId) {
    lines.push(row('access_key', maskValue(profile.accessKeyId), 'shared-credentials-file', ''));
    lines.push(
      row(
        'secret_key',
        profile.secretAccessKey ? maskValue(profile.secretAccessKey) : '<not set>',
        profile.secretAccessKey ? 'shared-credentials-file' : 'None',
        profile.secretAccessKey ? '' : 'None',
      ),
    );
  } else {
    // CloudShell's own credentials: the console session's, served to the shell's container.
    const digest = sha256Hex(new TextEncoder().encode(ctx.env.consoleCaller.arn)).toUpperCase();
    lines.push(row('access_key', maskValue(digest.slice(0, 20)), 'container-role', ''));
    lines.push(row('secret_key', maskValue(digest.slice(20, 60)), 'container-role', ''));
  }
  lines.push(
    ctx.parsed.region !== undefined
      ? row('region', ctx.parsed.region, 'parameter', '--region')
      : row('region', ctx.region, 'env', "['AWS_REGION', 'AWS_DEFAULT_REGION']"),
  );
  return ok(lines.join(''));
}

export async function listProfilesCommand(): Promise<CliResult> {
  const profiles = await readTx((tx) => readAllCliProfiles(tx));
  return ok(
    profiles
      .map((p) => p.name)
      .sort()
      .map((n) => `${n}\n`)
      .join(''),
  );
}
