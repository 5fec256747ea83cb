// Typed readings of condition values: numbers, dates (ISO 8601 or epoch seconds), IP addresses
// and CIDR blocks (IPv4 and IPv6), base-64 bytes. Each returns undefined for malformed text, so a
// bad value simply matches nothing; none of them throws or depends on the local time zone.

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads a Numeric* condition value (integer or decimal); undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  if (text.length > 400 || !NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const EPOCH = /^-?\d{1,15}(?:\.\d+)?$/;

/**
 * Reads a Date* value as an instant in milliseconds: ISO 8601 (a date alone is midnight UTC; no
 * offset means UTC) or epoch seconds, so mixed formats compare as instants.
 */
export function parseDate(text: string): number | undefined {
  if (text.length > 64) return undefined;
  if (EPOCH.test(text)) return Number(text) * 1000;
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const millis = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && minute + second + millis > 0)) {
    return undefined;
  }
  let offset = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 23 || om > 59) return undefined;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60000;
  }
  return Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis) - offset;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** An IP address or CIDR block: 4 bytes (IPv4) or 16 bytes (IPv6) and a prefix length in bits. */
export interface IpBlock {
  bytes: number[];
  prefix: number;
}

/** Reads an IP address or CIDR block; IPv4-mapped IPv6 addresses read as IPv4. */
export function parseIpBlock(text: string): IpBlock | undefined {
  if (text.length > 64) return undefined;
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const bytes = address.includes(':') ? parseIpv6(address) : parseIpv4(address);
  if (!bytes) return undefined;
  const bits = bytes.length * 8;
  let prefix = bits;
  if (slash >= 0) {
    const p = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p) || Number(p) > bits) return undefined;
    prefix = Number(p);
  }
  // ::ffff:a.b.c.d is the IPv4 address a.b.c.d.
  if (bytes.length === 16 && bytes.slice(0, 10).every((b) => b === 0)) {
    if (bytes[10] === 255 && bytes[11] === 255 && (slash < 0 || prefix >= 96)) {
      return { bytes: bytes.slice(12), prefix: prefix - 96 };
    }
  }
  return { bytes, prefix };
}

/** True when the address lies inside the block (both of the same IP version). */
export function ipInBlock(address: IpBlock, block: IpBlock): boolean {
  if (address.bytes.length !== block.bytes.length) return false;
  let bits = block.prefix;
  for (let k = 0; bits > 0; k++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((address.bytes[k] as number) & mask) !== ((block.bytes[k] as number) & mask)) return false;
  }
  return true;
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    out.push(Number(p));
  }
  return out;
}

function parseIpv6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const items = s.split(':');
    for (let k = 0; k < items.length; k++) {
      const g = items[k] as string;
      if (k === items.length - 1 && g.includes('.')) {
        const v4 = parseIpv4(g);
        if (!v4) return undefined;
        out.push(
          ((v4[0] as number) << 8) | (v4[1] as number),
          ((v4[2] as number) << 8) | (v4[3] as number),
        );
      } else if (/^[0-9a-f]{1,4}$/i.test(g)) out.push(parseInt(g, 16));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0] as string);
  const tail = halves.length === 2 ? groups(halves[1] as string) : [];
  if (!head || !tail) return undefined;
  const fill = 8 - head.length - tail.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return undefined;
  const words = [...head, ...new Array<number>(fill).fill(0), ...tail];
  const bytes: number[] = [];
  for (const w of words) bytes.push(w >> 8, w & 0xff);
  return bytes;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base 64 (standard or URL alphabet, padding optional); undefined when malformed. */
export function decodeBase64(text: string): number[] | undefined {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return undefined;
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let k = 0; k < clean.length; k++) {
    let c = clean[k] as string;
    if (c === '-') c = '+';
    else if (c === '_') c = '/';
    const v = B64.indexOf(c);
    if (v < 0) return undefined;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return out;
}

/** Encodes bytes as base 64 with the URL alphabet and no padding. */
export function encodeBase64Url(bytes: readonly number[]): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = ((buffer << 8) | b) & 0xffffff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += B64[(buffer >> bits) & 63];
    }
  }
  if (bits > 0) out += B64[(buffer << (6 - bits)) & 63];
  return out.replace(/\+/g, '-').replace(/\//g, '_');
}
