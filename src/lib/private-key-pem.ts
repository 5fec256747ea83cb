// A real private key from WebCrypto, exported as PKCS#8 PEM, with the digest a key service lists.

import { toBase64 } from './base64';

export interface GeneratedKey {
  /** "-----BEGIN PRIVATE KEY-----" ... PKCS#8, 64 characters a line. */
  pem: string;
  /** Colon-separated hex (SHA-1 of the PKCS#8 DER) for RSA; base64 SHA-256 of the public key for Ed25519. */
  fingerprint: string;
}

function toPem(der: ArrayBuffer): string {
  const body = toBase64(new Uint8Array(der)).replace(/(.{64})/g, '$1\n');
  return `-----BEGIN PRIVATE KEY-----\n${body.replace(/\n$/, '')}\n-----END PRIVATE KEY-----\n`;
}

function hexPairs(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** Generates an RSA 2048-bit or Ed25519 key pair and returns its private half as PEM. */
export async function generatePrivateKeyPem(type: 'rsa' | 'ed25519'): Promise<GeneratedKey> {
  const subtle = globalThis.crypto.subtle;
  if (type === 'rsa') {
    const pair = await subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      true,
      ['sign', 'verify'],
    );
    const der = await subtle.exportKey('pkcs8', pair.privateKey);
    return { pem: toPem(der), fingerprint: hexPairs(await subtle.digest('SHA-1', der)) };
  }
  const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const der = await subtle.exportKey('pkcs8', pair.privateKey);
  const raw = await subtle.exportKey('raw', pair.publicKey);
  const digest = new Uint8Array(await subtle.digest('SHA-256', raw));
  return { pem: toPem(der), fingerprint: toBase64(digest) };
}
