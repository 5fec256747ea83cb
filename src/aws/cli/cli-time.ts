// Timestamps as the CLI prints them. CloudShell's clock runs in UTC.

/**
 * CLI v2's iso8601 timestamp format, Python's isoformat(): "2026-12-01T22:48:09+00:00". IAM, EC2
 * and S3 answer with whole seconds, so the lab's milliseconds are dropped.
 */
export function cliTimestamp(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}+00:00`;
}

/** "aws s3 ls": "2026-12-01 22:48:09", local time (UTC in CloudShell). */
export function s3ListDate(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19).replace('T', ' ');
}
