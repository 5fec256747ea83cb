// Whether a Resource entry of a policy can name a resource of a given type, judged from the type's
// ARN format. The policy summary uses this for "does not have an applicable resource" warnings.

const PLACEHOLDER = /\$\{[A-Za-z0-9_]+\}/g;

/** A compiled ARN format: a regular expression over concrete ARNs of that resource type. */
export interface ArnFormatMatcher {
  /** The service segment of the format ("s3", "iam", ...). */
  service: string;
  test(arn: string): boolean;
}

const cache = new Map<string, ArnFormatMatcher>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles an ARN format. In the first five segments a placeholder matches any run without ":";
 * in the resource part one matches any run without "/", except a final placeholder right after a
 * "/" (ObjectName, UserNameWithPath), which may hold slashes.
 */
export function arnFormatMatcher(arnFormat: string): ArnFormatMatcher {
  const cached = cache.get(arnFormat);
  if (cached) return cached;
  const parts = arnFormat.split(':');
  const head = parts.slice(0, 5);
  const tail = parts.slice(5).join(':');
  const headPattern = head
    .map((segment) => segment.split(PLACEHOLDER).map(escapeRegExp).join('[^:]*'))
    .join(':');
  const pieces = tail.split(PLACEHOLDER);
  let tailPattern = '';
  pieces.forEach((literal, k) => {
    tailPattern += escapeRegExp(literal);
    if (k === pieces.length - 1) return;
    const isLast = k === pieces.length - 2 && pieces[k + 1] === '';
    tailPattern += isLast && literal.endsWith('/') ? '.+' : '[^/]+';
  });
  const regex = new RegExp(`^${headPattern}${parts.length > 5 ? ':' : ''}${tailPattern}$`);
  const matcher: ArnFormatMatcher = {
    service: parts[2] ?? '',
    test: (arn) => regex.test(arn),
  };
  cache.set(arnFormat, matcher);
  return matcher;
}

/**
 * Whether a policy Resource entry (with * and ? wildcards) can name some resource of the format.
 * Wildcards are tried as empty, as one character and as a run across "/", which covers the cases
 * that matter for the summary (a bucket ARN versus "bucket/*").
 */
export function resourceEntryFits(entry: string, arnFormat: string): boolean {
  if (entry === '*') return true;
  const matcher = arnFormatMatcher(arnFormat);
  const entryService = entry.split(':')[2];
  if (
    entryService !== undefined &&
    !entryService.includes('*') &&
    entryService !== matcher.service
  ) {
    return false;
  }
  // A policy variable stands for some value: treat it as a one-character wildcard run.
  const text = entry.replace(/\$\{[^}]*\}/g, '?');
  const samples = [
    text.replace(/\*/g, 'x').replace(/\?/g, 'x'),
    text.replace(/\*/g, '').replace(/\?/g, 'x'),
    text.replace(/\*/g, 'x/x').replace(/\?/g, 'x'),
  ];
  return samples.some((sample) => matcher.test(sample));
}

/** The service segment of an ARN ("s3" in arn:aws:s3:::bucket), or undefined when not an ARN. */
export function arnService(entry: string): string | undefined {
  const parts = entry.split(':');
  return parts[0] === 'arn' && parts.length >= 6 ? parts[2] : undefined;
}
