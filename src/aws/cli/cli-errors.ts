// The CLI's own error texts: argparse usage errors (exit 252), configuration errors (253) and
// botocore's ClientError line for a service's answer (254).

export const USAGE = `usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help
`;

/** A failure the CLI reports itself, before or instead of calling a service. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
  constructor(
    message: string,
    readonly exitCode: number = 252,
  ) {
    super(message);
  }
}

/** argparse's error, under the CLI's usage text. */
export function usageError(message: string): CliUsageError {
  return new CliUsageError(`${USAGE}\naws: error: ${message}\n`);
}

/** argparse's "Invalid choice" with the choices two to a line, each padded to 40 columns. */
export function invalidChoice(argument: string, choices: readonly string[]): CliUsageError {
  const rows: string[] = [];
  for (let i = 0; i < choices.length; i += 2) {
    rows.push(
      choices
        .slice(i, i + 2)
        .map((c) => c.padEnd(40))
        .join(' | '),
    );
  }
  return usageError(
    `argument ${argument}: Invalid choice, valid choices are:\n\n${rows.join('\n')}`,
  );
}

/** botocore's ClientError.MSG_TEMPLATE. */
export function clientErrorLine(code: string, operation: string, message: string): string {
  return `An error occurred (${code}) when calling the ${operation} operation: ${message}`;
}

/** A service's error answer to one operation, as the command saw it (AwsError or other). */
export class OperationError extends Error {
  override readonly name = 'OperationError';
  constructor(
    readonly operation: string,
    readonly error: unknown,
  ) {
    super(error instanceof Error ? error.message : String(error));
  }
}
