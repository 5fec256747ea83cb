// A fast, non-cryptographic 128-bit fingerprint of some bytes, as 32 hex digits. It needs no Web
// Crypto, which browsers withhold from pages served over plain http.

/** FNV-1a over the bytes, run with four different offsets and combined into 32 hex digits. */
export function contentHash(bytes: Uint8Array): string {
  const seeds = [0x811c9dc5, 0x050c5d1f, 0x2d358dcc, 0x6c62272e];
  return seeds
    .map((seed, lane) => {
      let hash = seed ^ lane;
      for (const byte of bytes) {
        hash ^= byte;
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      return hash.toString(16).padStart(8, '0');
    })
    .join('');
}
