// What the high-level S3 commands share: s3:// paths, and their per-file error lines.

import { AwsError } from '../aws-error';
import { OperationError, clientErrorLine } from './cli-errors';
import type { CliResult } from './cli-types';

export interface S3Path {
  bucket: string;
  key: string;
}

export function parseS3Path(path: string): S3Path | undefined {
  if (!path.startsWith('s3://')) return undefined;
  const rest = path.slice(5);
  const slash = rest.indexOf('/');
  return slash < 0
    ? { bucket: rest, key: '' }
    : { bucket: rest.slice(0, slash), key: rest.slice(slash + 1) };
}

/**
 * "upload failed: <src> to <dst> An error occurred (...) ...", "make_bucket failed: s3://b An
 * error occurred (...) ...": the high-level command's own error line.
 */
export function transferFailed(
  verb: string,
  from: string,
  to: string | undefined,
  err: unknown,
): CliResult {
  const inner = err instanceof OperationError ? err.error : err;
  const operation = err instanceof OperationError ? err.operation : 'PutObject';
  const message =
    inner instanceof AwsError
      ? clientErrorLine(inner.code, operation, inner.message)
      : String(inner instanceof Error ? inner.message : inner);
  return {
    text: `${verb} failed: ${from}${to === undefined ? '' : ` to ${to}`} ${message}\n`,
    exitCode: 1,
    ...denialOf(inner),
  };
}

export function denialOf(err: unknown): Pick<CliResult, 'denial'> {
  return err instanceof AwsError && err.evaluation
    ? { denial: { evaluation: err.evaluation, ...(err.request && { request: err.request }) } }
    : {};
}
