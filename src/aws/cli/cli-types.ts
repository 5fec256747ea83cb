// What a command line gives back to the CLI panel, and what the panel lends the commands.

import type { AuthorizationRequest, Evaluation } from '@/iam';
import type { Caller } from '../caller';
import type { CliService } from './credentials';
import type { JsonObject, OutputFormat } from './format-output';
import type { ParsedCommand } from './parse-command';

/** A file in CloudShell's home directory, which the panel keeps in memory. */
export interface LocalFile {
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

export interface LocalFiles {
  get(name: string): LocalFile | undefined;
  put(file: LocalFile): void;
  list(): LocalFile[];
}

/** "aws configure": questions asked one at a time, then the answers, in order. */
export interface CliQuestions {
  questions: string[];
  finish(answers: string[]): Promise<CliResult>;
}

export interface CliResult {
  /** What the command printed, stdout and stderr interleaved as a terminal shows them. */
  text: string;
  exitCode: number;
  /** A refused call: the engine's evaluation, for "Why was I denied?". */
  denial?: { evaluation: Evaluation; request?: AuthorizationRequest };
  /** "clear": the panel empties its screen. */
  clear?: boolean;
  ask?: CliQuestions;
}

export interface CliEnvironment {
  /** The console's current identity: CloudShell's credentials when no profile has a key. */
  consoleCaller: Caller;
  files: LocalFiles;
}

/** What a command runs with, once its line is parsed and its profile read. */
export interface CliContext {
  env: CliEnvironment;
  parsed: ParsedCommand;
  region: string;
  output: OutputFormat;
  /** Checks the profile's key for this service, then runs the API call as that caller. */
  call<T>(service: CliService, operation: string, run: (caller: Caller) => Promise<T>): Promise<T>;
  /** An operation's response, through --query, in the --output format. */
  print(response: JsonObject, operation: string): CliResult;
}

export const ok = (text: string): CliResult => ({ text, exitCode: 0 });
