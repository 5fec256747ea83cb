// How the S3 console writes dates, sizes, regions and object types.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** "November 22, 2026, 05:43:45 (UTC+00:00)"; the lab shows UTC so screenshots match across machines. */
export function formatS3Date(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '-';
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${time} (UTC+00:00)`;
}

/** "18.0 B", "1.5 KB", "2.0 MB" (binary units, as the console counts). */
export function formatS3Size(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

const REGION_NAMES: Record<string, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-1': 'US West (N. California)',
  'us-west-2': 'US West (Oregon)',
  'eu-west-1': 'Europe (Ireland)',
  'eu-central-1': 'Europe (Frankfurt)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
};

/** "US East (N. Virginia) us-east-1". */
export function formatRegion(region: string): string {
  const name = REGION_NAMES[region];
  return name ? `${name} ${region}` : region;
}

/** The Type column: the key's extension, or "-" when it has none. */
export function objectType(key: string): string {
  const base = key.slice(key.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '-';
}

/** True for content the object page can show as text. */
export function isTextual(contentType: string, key: string): boolean {
  if (/^text\/|json|xml|csv|javascript|yaml/.test(contentType)) return true;
  return ['txt', 'csv', 'json', 'md', 'log', 'xml', 'yaml', 'yml', 'html', 'js', 'ts'].includes(
    objectType(key),
  );
}
