// Parses the words after "aws": the global options (--profile, --region, --output, ...), the
// command and subcommand, and the operation's own options, as the CLI's argparse setup does.

import { invalidChoice, usageError } from './cli-errors';

export type OptionKind = 'string' | 'list' | 'flag';

export interface OperationSpec {
  options: Record<string, OptionKind>;
  /** Options the CLI requires, e.g. --instance-ids for stop-instances. */
  required?: readonly string[];
  /** Names of the positional arguments and how many the operation takes at most. */
  positionals?: { name: string; min: number; max: number };
}

export interface ParsedCommand {
  command: string;
  /** Absent for "aws configure" itself. */
  subcommand?: string;
  positionals: string[];
  options: Map<string, string | string[] | true>;
  profile?: string;
  region?: string;
  output?: string;
  query?: string;
}

const GLOBAL_OPTIONS: Record<string, OptionKind> = {
  profile: 'string',
  region: 'string',
  output: 'string',
  query: 'string',
  debug: 'flag',
  'no-cli-pager': 'flag',
  'no-paginate': 'flag',
  'no-verify-ssl': 'flag',
  'no-sign-request': 'flag',
  color: 'string',
};

/**
 * The lab's commands: command → subcommand → spec. A command whose spec map has the key '' also
 * runs with no subcommand ("aws configure").
 */
export type CommandTable = Record<string, Record<string, OperationSpec>>;

export function parseCommand(words: readonly string[], table: CommandTable): ParsedCommand {
  const positionals: string[] = [];
  const options = new Map<string, string | string[] | true>();
  const unknown: string[] = [];
  let spec: OperationSpec | undefined;

  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!word.startsWith('--') || word === '--') {
      positionals.push(word);
      if (!spec) spec = specFor(positionals, table);
      continue;
    }
    const eq = word.indexOf('=');
    const name = word.slice(2, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : word.slice(eq + 1);
    const kind = spec?.options[name] ?? GLOBAL_OPTIONS[name];
    if (!kind) {
      unknown.push(word);
      // The CLI lists an unknown option's values with it.
      while (i + 1 < words.length && !(words[i + 1] ?? '').startsWith('--')) {
        if (!spec && positionals.length < 2) break;
        unknown.push(words[++i] ?? '');
      }
      continue;
    }
    if (kind === 'flag') {
      options.set(name, true);
    } else if (kind === 'string') {
      const value = inline ?? (isValue(words[i + 1]) ? words[++i] : undefined);
      if (value === undefined) throw usageError(`argument --${name}: expected one argument`);
      options.set(name, value);
    } else {
      const values = inline !== undefined ? [inline] : [];
      while (isValue(words[i + 1])) values.push(words[++i] ?? '');
      if (values.length === 0) {
        throw usageError(`argument --${name}: expected at least one argument`);
      }
      options.set(name, values);
    }
  }

  const [command, subcommand, ...rest] = positionals;
  if (command === undefined) throw usageError('the following arguments are required: command');
  const subcommands = table[command];
  if (!subcommands) throw invalidChoice('command', Object.keys(table).sort());
  const takesNone = '' in subcommands;
  if (subcommand === undefined && !takesNone) {
    throw usageError('the following arguments are required: operation');
  }
  if (subcommand !== undefined && !subcommands[subcommand]) {
    throw invalidChoice(
      'operation',
      Object.keys(subcommands)
        .filter((s) => s !== '')
        .sort(),
    );
  }
  const opSpec = spec ?? subcommands[''];
  if (unknown.length > 0) throw usageError(`Unknown options: ${unknown.join(', ')}`);
  const args = rest;
  const pos = opSpec?.positionals;
  if (!pos && args.length > 0) throw usageError(`Unknown options: ${args.join(', ')}`);
  if (pos && args.length < pos.min) {
    throw usageError(`the following arguments are required: ${pos.name}`);
  }
  if (pos && args.length > pos.max) {
    throw usageError(`Unknown options: ${args.slice(pos.max).join(', ')}`);
  }
  const missing = (opSpec?.required ?? []).filter((r) => !options.has(r));
  if (missing.length > 0) {
    throw usageError(
      `the following arguments are required: ${missing.map((m) => `--${m}`).join(', ')}`,
    );
  }

  const globals = (name: string) => {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    command,
    ...(subcommand !== undefined && { subcommand }),
    positionals: args,
    options,
    ...(globals('profile') !== undefined && { profile: globals('profile') }),
    ...(globals('region') !== undefined && { region: globals('region') }),
    ...(globals('output') !== undefined && { output: globals('output') }),
    ...(globals('query') !== undefined && { query: globals('query') }),
  };
}

function isValue(word: string | undefined): word is string {
  return word !== undefined && !word.startsWith('--');
}

function specFor(positionals: readonly string[], table: CommandTable): OperationSpec | undefined {
  const [command, subcommand] = positionals;
  if (command === undefined) return undefined;
  const subs = table[command];
  if (!subs) return undefined;
  if (subcommand === undefined) return undefined;
  return subs[subcommand];
}
