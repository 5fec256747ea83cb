// Checks for condition values: dates (ISO 8601 or epoch seconds) and IP ranges (IPv4/IPv6 CIDR),
// per reference_policies_elements_condition_operators. Linear, regex-free where input is untrusted.

const ISO_8601 =
  /^(-?\d{1,9})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:t(\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:\.\d{1,9})?)?)?(z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const MAX_EPOCH = 9223372036854775807n;

/** True when IAM can read the text as a date: ISO 8601 (a date, optionally a time) or epoch seconds. */
export function isValidPolicyDate(text: string): boolean {
  if (text.length === 0 || text.length > 64) return false;
  if (/^\d+$/.test(text)) return BigInt(text) <= MAX_EPOCH;
  const m = ISO_8601.exec(text);
  if (!m) return false;
  const inRange = (v: string | undefined, lo: number, hi: number) =>
    v === undefined || (Number(v) >= lo && Number(v) <= hi);
  return (
    inRange(m[2], 1, 12) &&
    inRange(m[3], 1, 31) &&
    inRange(m[4], 0, 23) &&
    inRange(m[5], 0, 59) &&
    inRange(m[6], 0, 59)
  );
}

/** True for a value written as epoch seconds, which Access Analyzer warns might not resolve as expected. */
export function isEpochDate(text: string): boolean {
  return text.length > 0 && text.length <= 20 && /^\d+$/.test(text);
}

/** A parsed CIDR range (a bare address is a /32 or /128). */
export interface Cidr {
  version: 4 | 6;
  /** The address as 8 (IPv6) or 2 (IPv4, high/low 16 bits) 16-bit groups. */
  groups: number[];
  prefix: number;
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    bytes.push(n);
  }
  const [a, b, c, d] = bytes as [number, number, number, number];
  return [(a << 8) | b, (c << 8) | d];
}

function parseIpv6(text: string): number[] | undefined {
  if (text.length > 45) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = groupsOf(halves[0] as string);
  const tail = halves.length === 2 ? groupsOf(halves[1] as string) : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** Parses "203.0.113.0/24", "2001:DB8::/32" or a bare address; undefined when not a valid range. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const addr = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
  const v4 = parseIpv4(addr);
  const groups = v4 ?? parseIpv6(addr);
  if (!groups) return undefined;
  const version = v4 ? 4 : 6;
  const max = version === 4 ? 32 : 128;
  let prefix = max;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText)) return undefined;
    prefix = Number(prefixText);
    if (prefix > max) return undefined;
  }
  return { version, groups, prefix };
}

/** The range with the bits after the prefix cleared, or undefined when it has none set. */
export function normalizedCidr(cidr: Cidr): string | undefined {
  let changed = false;
  const groups = cidr.groups.map((g, i) => {
    const keep = Math.max(0, Math.min(16, cidr.prefix - i * 16));
    const mask = keep === 0 ? 0 : (0xffff << (16 - keep)) & 0xffff;
    if ((g & mask) !== g) changed = true;
    return g & mask;
  });
  if (!changed) return undefined;
  if (cidr.version === 4) {
    const [hi, lo] = groups as [number, number];
    return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}/${cidr.prefix}`;
  }
  return `${groups.map((g) => g.toString(16)).join(':')}/${cidr.prefix}`;
}

/** True when the whole range is private (RFC 1918 for IPv4, fc00::/7 for IPv6). */
export function isPrivateRange(cidr: Cidr): boolean {
  const g0 = cidr.groups[0] ?? 0;
  if (cidr.version === 6) return cidr.prefix >= 7 && (g0 & 0xfe00) === 0xfc00;
  const a = g0 >> 8;
  const b = g0 & 0xff;
  if (a === 10) return cidr.prefix >= 8;
  if (a === 172 && b >= 16 && b <= 31) return cidr.prefix >= 12;
  if (a === 192 && b === 168) return cidr.prefix >= 16;
  return false;
}
