// aws s3 cp --recursive: every local file to a prefix, every object under a prefix to the home
// directory (keys below the prefix become the file names), or every object to another prefix.
// Each file is its own request: one that fails prints its "... failed" line and the rest go on.

import { copyObject } from '../s3-objects';
import { getObject, listObjectsV2, putObject } from '../s3-api';
import type { S3Object } from '../types';
import { ok, type CliContext, type CliResult } from './cli-types';
import { isDirectory, localName } from './local-paths';
import { parseS3Path, transferFailed, type S3Path } from './s3-transfer';

const asPrefix = (key: string) => (key === '' || key.endsWith('/') ? key : `${key}/`);
const localDir = (path: string) =>
  isDirectory(path) ? (path.endsWith('/') ? path : `${path}/`) : `${path}/`;

export async function s3CpRecursive(ctx: CliContext, from: string, to: string): Promise<CliResult> {
  const source = parseS3Path(from);
  const target = parseS3Path(to);
  const lines: string[] = [];
  let failed: CliResult | undefined;
  const step = async (work: () => Promise<string>, onError: (err: unknown) => CliResult) => {
    try {
      lines.push(await work());
    } catch (err) {
      const result = onError(err);
      failed ??= result;
      lines.push(result.text);
    }
  };

  if (!source && target) {
    const prefix = asPrefix(target.key);
    const dir = localDir(from);
    const inDir = localName(dir);
    for (const file of ctx.env.files.list().filter((f) => f.name.startsWith(inDir))) {
      const relative = file.name.slice(inDir.length);
      const shownFrom = `${dir}${relative}`;
      const shownTo = `s3://${target.bucket}/${prefix}${relative}`;
      await step(
        async () => {
          await ctx.call('s3', 'PutObject', (caller) =>
            putObject(caller, {
              bucket: target.bucket,
              key: prefix + relative,
              body: file.bytes,
              contentType: file.contentType,
            }),
          );
          return `upload: ${shownFrom} to ${shownTo}\n`;
        },
        (err) => transferFailed('upload', shownFrom, shownTo, err),
      );
    }
  } else if (source) {
    const prefix = asPrefix(source.key);
    const objects: S3Object[] = await ctx.call('s3', 'ListObjectsV2', (caller) =>
      listObjectsV2(caller, source.bucket, prefix),
    );
    for (const object of objects) {
      const relative = object.key.slice(prefix.length);
      const shownFrom = `s3://${source.bucket}/${object.key}`;
      if (target) {
        const dest: S3Path = { bucket: target.bucket, key: asPrefix(target.key) + relative };
        const shownTo = `s3://${dest.bucket}/${dest.key}`;
        await step(
          async () => {
            await ctx.call('s3', 'CopyObject', (caller) =>
              copyObject(caller, {
                source: { bucket: source.bucket, key: object.key },
                target: dest,
              }),
            );
            return `copy: ${shownFrom} to ${shownTo}\n`;
          },
          (err) => transferFailed('copy', shownFrom, shownTo, err),
        );
      } else {
        const dir = localDir(to);
        const shownTo = `${dir}${relative}`;
        await step(
          async () => {
            const got = await ctx.call('s3', 'GetObject', (caller) =>
              getObject(caller, { bucket: source.bucket, key: object.key }),
            );
            ctx.env.files.put({
              name: localName(dir) + relative,
              bytes: got.body,
              contentType: got.contentType,
            });
            return `download: ${shownFrom} to ${shownTo}\n`;
          },
          (err) => transferFailed('download', shownFrom, shownTo, err),
        );
      }
    }
  }
  const text = ctx.parsed.options.has('quiet')
    ? lines.filter((l) => l.includes(' failed: ')).join('')
    : lines.join('');
  return failed ? { ...failed, text } : ok(text);
}
