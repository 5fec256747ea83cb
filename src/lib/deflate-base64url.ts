// Text ↔ deflate-compressed base64url, with the browser's CompressionStream: what a share link
// carries. Decompression stops at a byte limit, so a tiny link cannot expand into gigabytes.

import { fromBase64, toBase64Url } from './base64';

async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new RangeError(`The data expands to more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function bytesStream(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Deflates UTF-8 text and writes it as base64url without padding. */
export async function deflateToBase64Url(text: string): Promise<string> {
  const input = bytesStream(new TextEncoder().encode(text));
  const compressed = input.pipeThrough(new CompressionStream('deflate'));
  return toBase64Url(await readAll(compressed, Number.MAX_SAFE_INTEGER));
}

/** The bytes of a base64url string; throws on any character outside base64url. */
export function fromBase64Url(encoded: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) {
    throw new SyntaxError('Not base64url');
  }
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  return new Uint8Array(fromBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
}

/** Inflates base64url back to text; throws on bad base64url, corrupt data or more than maxBytes. */
export async function inflateFromBase64Url(encoded: string, maxBytes: number): Promise<string> {
  const input = bytesStream(fromBase64Url(encoded));
  const inflated = input.pipeThrough(new DecompressionStream('deflate'));
  return new TextDecoder('utf-8', { fatal: true }).decode(await readAll(inflated, maxBytes));
}
