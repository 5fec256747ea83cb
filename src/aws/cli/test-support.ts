// For tests only: an in-memory home directory and a runner bound to one console identity.

import type { Caller } from '../caller';
import type { CliResult, LocalFile, LocalFiles } from './cli-types';
import { runCommandLine } from './run-cli';

export function memoryFiles(
  initial: LocalFile[] = [],
): LocalFiles & { files: Map<string, LocalFile> } {
  const files = new Map(initial.map((f) => [f.name, f]));
  return {
    files,
    get: (name) => files.get(name),
    put: (file) => void files.set(file.name, file),
    list: () => [...files.values()],
  };
}

/** Runs lines as `caller` would in the panel, answering "aws configure"'s questions with `answers`. */
export function cliAs(caller: Caller, files: LocalFiles = memoryFiles()) {
  return async (line: string, answers?: string[]): Promise<CliResult> => {
    const result = await runCommandLine(line, { consoleCaller: caller, files });
    if (result.ask && answers) return result.ask.finish(answers);
    return result;
  };
}
