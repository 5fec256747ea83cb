// The CLI's high-level S3 commands: aws s3 ls (buckets, or a bucket's folders and objects) and
// aws s3 cp (upload from, and download to, the panel's local files, or copy between buckets).

import { AwsError } from '../aws-error';
import { copyObject } from '../s3-objects';
import { createBucket, getObject, listBuckets, listObjectsV2, putObject } from '../s3-api';
import type { S3Object } from '../types';
import { CliUsageError, OperationError } from './cli-errors';
import { s3ListDate } from './cli-time';
import { ok, type CliContext, type CliResult } from './cli-types';
import { baseName, isDirectory, localName } from './local-paths';
import type { OperationSpec } from './parse-command';
import { s3CpRecursive } from './s3-recursive-copy';
import { denialOf, parseS3Path, transferFailed, type S3Path } from './s3-transfer';

export const S3_OPERATIONS: Record<string, OperationSpec> = {
  ls: {
    options: { recursive: 'flag', 'human-readable': 'flag', summarize: 'flag' },
    positionals: { name: 'paths', min: 0, max: 1 },
  },
  cp: {
    options: { 'content-type': 'string', quiet: 'flag', recursive: 'flag' },
    positionals: { name: 'paths', min: 2, max: 2 },
  },
  mb: { options: {}, positionals: { name: 'path', min: 1, max: 1 } },
};

/** aws s3 mb s3://name: CreateBucket, printed as "make_bucket: name". */
export async function s3Mb(ctx: CliContext): Promise<CliResult> {
  const [path = ''] = ctx.parsed.positionals;
  const target = parseS3Path(path);
  if (!target) {
    throw new CliUsageError(`\n<S3Uri>\nError: Invalid argument type\n`);
  }
  try {
    await ctx.call('s3', 'CreateBucket', (caller) => createBucket(caller, target.bucket));
  } catch (err) {
    return transferFailed('make_bucket', `s3://${target.bucket}`, undefined, err);
  }
  return ok(`make_bucket: ${target.bucket}\n`);
}

const HUMANIZE = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** awscli's human_readable_size. */
export function humanReadableSize(bytes: number): string {
  if (bytes === 1) return '1 Byte';
  if (bytes < 1024) return `${bytes} Bytes`;
  for (let i = 0; i < HUMANIZE.length; i++) {
    const unit = 1024 ** (i + 2);
    if (Math.round((bytes / unit) * 1024) < 1024 || i === HUMANIZE.length - 1) {
      return `${((1024 * bytes) / unit).toFixed(1)} ${HUMANIZE[i]}`;
    }
  }
  return `${bytes} Bytes`;
}

export async function s3Ls(ctx: CliContext): Promise<CliResult> {
  const [path] = ctx.parsed.positionals;
  if (path === undefined || path === 's3://') {
    const buckets = await ctx.call('s3', 'ListBuckets', (caller) => listBuckets(caller));
    return ok(buckets.map((b) => `${s3ListDate(b.creationDate)} ${b.name}\n`).join(''));
  }
  const target = parseS3Path(path) ?? { bucket: path, key: '' };
  const recursive = ctx.parsed.options.has('recursive');
  const human = ctx.parsed.options.has('human-readable');
  const objects = await ctx.call('s3', 'ListObjectsV2', (caller) =>
    listObjectsV2(caller, target.bucket, target.key),
  );
  const lines: string[] = [];
  const size = (n: number) => (human ? humanReadableSize(n) : String(n)).padStart(10);
  const shown: S3Object[] = [];
  if (recursive) {
    for (const o of objects) {
      shown.push(o);
      lines.push(`${s3ListDate(o.lastModified)} ${size(o.size)} ${o.key}\n`);
    }
  } else {
    // Delimiter "/": keys below the prefix's level fold into their common prefix (PRE).
    const base = target.key.slice(0, target.key.lastIndexOf('/') + 1);
    const prefixes = new Set<string>();
    for (const o of objects) {
      const slash = o.key.indexOf('/', target.key.length);
      if (slash >= 0) prefixes.add(o.key.slice(base.length, slash + 1));
      else shown.push(o);
    }
    for (const prefix of prefixes) lines.push(`${'PRE'.padStart(30)} ${prefix}\n`);
    for (const o of shown) {
      lines.push(`${s3ListDate(o.lastModified)} ${size(o.size)} ${baseName(o.key)}\n`);
    }
  }
  if (ctx.parsed.options.has('summarize')) {
    const total = shown.reduce((a, o) => a + o.size, 0);
    lines.push(
      `\nTotal Objects: ${shown.length}\n   Total Size: ${human ? humanReadableSize(total) : total}\n`,
    );
  }
  // The CLI exits with 1 when a prefix matched nothing.
  return { text: lines.join(''), exitCode: target.key && objects.length === 0 ? 1 : 0 };
}

/**
 * The HeadObject the CLI sends before a download or copy: S3 answers HEAD with no body, so the
 * CLI shows only the status (403 Forbidden, 404 Not Found). The lab authorizes it as s3:GetObject,
 * as S3 does.
 */
async function headObject(ctx: CliContext, source: S3Path) {
  try {
    return await ctx.call('s3', 'HeadObject', (caller) => getObject(caller, source));
  } catch (err) {
    const inner = err instanceof OperationError ? err.error : err;
    const code = inner instanceof AwsError ? inner.code : '';
    const detail =
      code === 'NoSuchKey'
        ? `An error occurred (404) when calling the HeadObject operation: Key "${source.key}" does not exist`
        : code === 'NoSuchBucket'
          ? 'An error occurred (404) when calling the HeadObject operation: Not Found'
          : 'An error occurred (403) when calling the HeadObject operation: Forbidden';
    throw new FatalError(`fatal error: ${detail}\n`, inner);
  }
}

class FatalError extends Error {
  constructor(
    message: string,
    readonly error: unknown,
  ) {
    super(message);
  }
}

export async function s3Cp(ctx: CliContext): Promise<CliResult> {
  const [from = '', to = ''] = ctx.parsed.positionals;
  const source = parseS3Path(from);
  const target = parseS3Path(to);
  try {
    if (!source && !target) {
      throw new CliUsageError(
        'usage: aws s3 cp <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>\nError: Invalid argument type\n',
      );
    }
    if (ctx.parsed.options.has('recursive')) return await s3CpRecursive(ctx, from, to);
    if (source && !source.key) {
      throw new CliUsageError(
        `fatal error: An error occurred (404) when calling the HeadObject operation: Key "" does not exist\n`,
        1,
      );
    }
    if (!source && target) return await upload(ctx, from, target);
    if (source && !target) return await download(ctx, source, from, to);
    if (source && target) return await copy(ctx, source, target, from);
    return { text: '', exitCode: 0 };
  } catch (err) {
    if (err instanceof FatalError)
      return { text: err.message, exitCode: 1, ...denialOf(err.error) };
    throw err;
  }
}

async function upload(ctx: CliContext, from: string, target: S3Path): Promise<CliResult> {
  const file = ctx.env.files.get(localName(from));
  if (!file) throw new CliUsageError(`\nThe user-provided path ${from} does not exist.\n`, 255);
  const key = !target.key || target.key.endsWith('/') ? target.key + file.name : target.key;
  const shownTo = `s3://${target.bucket}/${key}`;
  const contentType = ctx.parsed.options.get('content-type');
  try {
    await ctx.call('s3', 'PutObject', (caller) =>
      putObject(caller, {
        bucket: target.bucket,
        key,
        body: file.bytes,
        contentType: typeof contentType === 'string' ? contentType : file.contentType,
      }),
    );
  } catch (err) {
    return transferFailed('upload', from, shownTo, err);
  }
  return ok(ctx.parsed.options.has('quiet') ? '' : `upload: ${from} to ${shownTo}\n`);
}

async function download(
  ctx: CliContext,
  source: S3Path,
  from: string,
  to: string,
): Promise<CliResult> {
  const object = await headObject(ctx, source);
  const name = isDirectory(to) ? baseName(source.key) : localName(to);
  const shownTo = isDirectory(to) ? `${to.endsWith('/') ? to : `${to}/`}${name}` : to;
  ctx.env.files.put({ name, bytes: object.body, contentType: object.contentType });
  return ok(ctx.parsed.options.has('quiet') ? '' : `download: ${from} to ${shownTo}\n`);
}

async function copy(
  ctx: CliContext,
  source: S3Path,
  target: S3Path,
  from: string,
): Promise<CliResult> {
  await headObject(ctx, source);
  const key =
    !target.key || target.key.endsWith('/') ? target.key + baseName(source.key) : target.key;
  const shownTo = `s3://${target.bucket}/${key}`;
  try {
    await ctx.call('s3', 'CopyObject', (caller) =>
      copyObject(caller, { source, target: { bucket: target.bucket, key } }),
    );
  } catch (err) {
    return transferFailed('copy', from, shownTo, err);
  }
  return ok(ctx.parsed.options.has('quiet') ? '' : `copy: ${from} to ${shownTo}\n`);
}
