// The S3 console's checks on a new bucket's name, in its words (general purpose bucket naming rules).

const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/** The first rule the name breaks, as the console words it, or null when the name is valid. */
export function bucketNameError(name: string): string | null {
  if (name.length === 0) return 'Bucket name is required.';
  if (name.length < 3 || name.length > 63) {
    return 'Bucket name must be at least 3 and no more than 63 characters long.';
  }
  if (/[A-Z]/.test(name)) return 'Bucket name must not contain uppercase characters.';
  if (!/^[a-z0-9.-]+$/.test(name)) {
    return 'Bucket name can contain only lowercase letters, numbers, periods (.), and hyphens (-).';
  }
  if (!/^[a-z0-9]/.test(name)) return 'Bucket name must start with a lowercase letter or number.';
  if (!/[a-z0-9]$/.test(name)) return 'Bucket name must end with a lowercase letter or number.';
  if (name.includes('..')) return 'Bucket name must not contain two adjacent periods.';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) {
    return 'Bucket name must not be formatted as an IP address (for example, 192.168.5.4).';
  }
  const prefix = RESERVED_PREFIXES.find((p) => name.startsWith(p));
  if (prefix) return `Bucket name must not start with the prefix "${prefix}".`;
  const suffix = RESERVED_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return `Bucket name must not end with the suffix "${suffix}".`;
  return null;
}
