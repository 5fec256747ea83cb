// The CLI panel's way to the simulated AWS: run one line, then refresh what it may have changed
// (a copy, a stopped instance, an access key's last use), as any other console action does.

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CliEnvironment, CliResult } from '@/aws/cli/cli-types';
import { runCommandLine } from '@/aws/cli/run-cli';
import { learnerAction } from '@/aws/predictions';
export { CLOUDSHELL_REGION } from '@/aws/cli/run-cli';
import { invalidateAfterIamChange } from './invalidate';

export type {
  CliEnvironment,
  CliQuestions,
  CliResult,
  LocalFile,
  LocalFiles,
} from '@/aws/cli/cli-types';
export { HOME } from '@/aws/cli/local-paths';

/** Whether a line may change the lab: anything but the shell's own commands. */
const changesNothing = (line: string) => !/^\s*aws\s/.test(line);

export function useRunCliLine(): (line: string, env: CliEnvironment) => Promise<CliResult> {
  const client = useQueryClient();
  return useCallback(
    async (line, env) => {
      // A command is a learner action: predict mode asks before its first IAM, S3 or EC2 call.
      const result = await learnerAction(() => runCommandLine(line, env));
      if (!changesNothing(line)) await invalidateAfterIamChange(client);
      return result;
    },
    [client],
  );
}

/** Finishes "aws configure" with its answers, refreshing like a command would. */
export function useFinishCliQuestions(): (
  finish: (answers: string[]) => Promise<CliResult>,
  answers: string[],
) => Promise<CliResult> {
  const client = useQueryClient();
  return useCallback(
    async (finish, answers) => {
      const result = await finish(answers);
      await invalidateAfterIamChange(client);
      return result;
    },
    [client],
  );
}
