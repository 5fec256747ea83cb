// How the console writes times: "May 27, 2026, 14:41 (UTC+00:00)" and "7 minutes ago".

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function offsetLabel(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An ISO time as the console's detail pages show it, in the browser's time zone. */
export function formatConsoleDate(iso: string | undefined): string {
  if (!iso) return '-';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '-';
  const day = date.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
  return `${day}, ${pad(date.getHours())}:${pad(date.getMinutes())} (${offsetLabel(date)})`;
}

/** "Now", "7 minutes ago", "22 days ago", as the console's activity columns read. */
export function formatAge(iso: string | undefined, nowMs: number = Date.now()): string {
  if (!iso) return '-';
  const ms = nowMs - new Date(iso).getTime();
  if (Number.isNaN(ms)) return '-';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'Now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.floor(hours / 24);
  return `${days} day${days === 1 ? '' : 's'} ago`;
}
