// Runs one line typed into the CLI panel: a few shell builtins, and the "aws" commands the lab
// simulates, each as the CLI would print its answer or its error.

import { LAB_REGION } from '@/storage/lab-constants';
import { AwsError } from '../aws-error';
import { CliUsageError, OperationError, clientErrorLine, invalidChoice } from './cli-errors';
import type { CliContext, CliEnvironment, CliResult } from './cli-types';
import { authenticate, cliUserAgent, readProfileFor, type CliService } from './credentials';
import {
  CONFIGURE_OPERATIONS,
  configureCommand,
  configureGetCommand,
  configureSetCommand,
  configureListCommand,
  listProfilesCommand,
} from './configure-commands';
import {
  EC2_OPERATIONS,
  describeInstancesCommand,
  startInstancesCommand,
  stopInstancesCommand,
} from './ec2-commands';
import { OUTPUT_FORMATS, formatOutput, type JsonValue, type OutputFormat } from './format-output';
import { QueryError, compileQuery } from './query';
import { CLI_HELP } from './cli-help';
import { HOME } from './local-paths';
import { parseCommand, type CommandTable, type ParsedCommand } from './parse-command';
import { S3_OPERATIONS, s3Cp, s3Ls, s3Mb } from './s3-commands';
import {
  IAM_OPERATIONS,
  STS_OPERATIONS,
  getCallerIdentityCommand,
  listUsersCommand,
} from './sts-iam-commands';
import { tokenize } from './tokenize';

const COMMANDS: CommandTable = {
  configure: CONFIGURE_OPERATIONS,
  ec2: EC2_OPERATIONS,
  iam: IAM_OPERATIONS,
  s3: S3_OPERATIONS,
  sts: STS_OPERATIONS,
};

type Handler = (ctx: CliContext) => Promise<CliResult>;

const HANDLERS: Record<string, Handler> = {
  configure: configureCommand,
  'configure list': configureListCommand,
  'configure list-profiles': listProfilesCommand,
  'configure set': configureSetCommand,
  'configure get': configureGetCommand,
  'ec2 describe-instances': describeInstancesCommand,
  'ec2 stop-instances': stopInstancesCommand,
  'ec2 start-instances': startInstancesCommand,
  'iam list-users': listUsersCommand,
  's3 ls': s3Ls,
  's3 cp': s3Cp,
  's3 mb': s3Mb,
  'sts get-caller-identity': getCallerIdentityCommand,
};

/** CloudShell's region: the console's (AWS_REGION in the shell). */
export const CLOUDSHELL_REGION = LAB_REGION;

/** The commercial regions the lab's CLI knows endpoints for. */
export const CLI_REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'sa-east-1',
];

export async function runCommandLine(line: string, env: CliEnvironment): Promise<CliResult> {
  const tokens = tokenize(line);
  if (!tokens.ok) return { text: `${tokens.error}\n`, exitCode: 2 };
  const [program, ...args] = tokens.words;
  switch (program) {
    case undefined:
      return { text: '', exitCode: 0 };
    case 'aws':
      return runAws(args, env);
    case 'clear':
      return { text: '', exitCode: 0, clear: true };
    case 'help':
      return { text: CLI_HELP, exitCode: 0 };
    case 'ls':
      return {
        text: env.files
          .list()
          .map((f) => f.name)
          .sort()
          .map((n) => `${n}\n`)
          .join(''),
        exitCode: 0,
      };
    case 'pwd':
      return { text: `${HOME}\n`, exitCode: 0 };
    case 'whoami':
      return { text: 'cloudshell-user\n', exitCode: 0 };
    case 'echo':
      return { text: `${args.join(' ')}\n`, exitCode: 0 };
    default:
      return { text: `-bash: ${program}: command not found\n`, exitCode: 127 };
  }
}

async function runAws(args: string[], env: CliEnvironment): Promise<CliResult> {
  if (args.at(-1) === 'help') return { text: CLI_HELP, exitCode: 0 };
  let parsed: ParsedCommand;
  try {
    parsed = parseCommand(args, COMMANDS);
    const key = [parsed.command, parsed.subcommand].filter(Boolean).join(' ');
    const handler = HANDLERS[key];
    if (!handler) throw invalidChoice('command', Object.keys(COMMANDS).sort());
    const ctx = await contextFor(parsed, env, key);
    return await handler(ctx);
  } catch (err) {
    return errorResult(err);
  }
}

async function contextFor(
  parsed: ParsedCommand,
  env: CliEnvironment,
  key: string,
): Promise<CliContext> {
  const isConfigure = parsed.command === 'configure';
  // "aws configure --profile new" creates the profile, so only other commands need it to exist.
  const profile = isConfigure ? undefined : await readProfileFor(parsed.profile);
  const output = parsed.output ?? profile?.output ?? 'json';
  if (!OUTPUT_FORMATS.includes(output as OutputFormat)) {
    throw invalidChoice('--output', [...OUTPUT_FORMATS]);
  }
  // CloudShell sets AWS_REGION to the console's region, and the environment outranks a profile.
  const region = parsed.region ?? CLOUDSHELL_REGION;
  const userAgent = cliUserAgent(key.replace(' ', '.'));
  const query = queryOf(parsed.query);
  return {
    env,
    parsed,
    region,
    output: output as OutputFormat,
    print(response, operation) {
      return {
        text: formatOutput(query(response), output as OutputFormat, operation),
        exitCode: 0,
      };
    },
    async call(service, operation, run) {
      try {
        checkEndpoint(service, region);
        const caller = await authenticate({
          consoleCaller: env.consoleCaller,
          profile,
          service,
          operation,
          region,
          userAgent,
        });
        return await run(caller);
      } catch (err) {
        if (err instanceof CliUsageError) throw err;
        throw new OperationError(operation, err);
      }
    },
  };
}

function queryOf(expression: string | undefined): (response: JsonValue) => JsonValue {
  if (expression === undefined) return (response) => response;
  try {
    return compileQuery(expression);
  } catch (err) {
    if (!(err instanceof QueryError)) throw err;
    throw new CliUsageError(`\nBad value for --query ${expression}: ${err.message}\n`, 255);
  }
}

/** A region with no endpoint fails before any request, as botocore's endpoint resolution does. */
function checkEndpoint(service: CliService, region: string): void {
  if (service === 'iam' || CLI_REGIONS.includes(region)) return;
  throw new CliUsageError(
    `\nCould not connect to the endpoint URL: "https://${service}.${region}.amazonaws.com/"\n`,
    255,
  );
}

function errorResult(err: unknown): CliResult {
  if (err instanceof CliUsageError) return { text: err.message, exitCode: err.exitCode };
  if (err instanceof OperationError) {
    const inner = err.error;
    if (inner instanceof AwsError) {
      return {
        text: `\n${clientErrorLine(inner.code, err.operation, inner.message)}\n`,
        exitCode: 254,
        ...(inner.evaluation && {
          denial: {
            evaluation: inner.evaluation,
            ...(inner.request && { request: inner.request }),
          },
        }),
      };
    }
    return { text: `\n${err.message}\n`, exitCode: 255 };
  }
  return { text: `\n${err instanceof Error ? err.message : String(err)}\n`, exitCode: 255 };
}
