// The CLI's --output formats for an operation's response: json (4-space indent, as the CLI's
// json.dumps), text (awscli/text.py: tab-separated scalars, sorted keys, upper-cased identifiers
// for nested lists) and table (awscli's boxed table, for flat responses and lists of records).

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
export type OutputFormat = 'json' | 'text' | 'table';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'text', 'table'];

export function formatOutput(response: JsonValue, format: OutputFormat, operation: string): string {
  if (format === 'text') return formatText(response);
  if (format === 'table') return formatTable(response, operation);
  return formatJson(response);
}

export function formatJson(value: JsonValue): string {
  return JSON.stringify(value, null, 4) + '\n';
}

const isContainer = (v: JsonValue): v is JsonValue[] | JsonObject =>
  typeof v === 'object' && v !== null;

/** Python's str() of a scalar, as the text format prints it. */
function scalarText(value: JsonValue | undefined): string {
  if (value === undefined) return '';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === null) return 'None';
  return String(value);
}

export function formatText(value: JsonValue): string {
  const out: string[] = [];
  formatTextItem(value, out);
  return out.join('');
}

function formatTextItem(
  item: JsonValue,
  out: string[],
  identifier?: string,
  scalarKeys?: string[],
): void {
  if (Array.isArray(item)) {
    formatTextList(item, out, identifier);
  } else if (isContainer(item)) {
    formatTextDict(item, out, identifier, scalarKeys);
  } else {
    out.push(scalarText(item) + '\n');
  }
}

function formatTextList(items: JsonValue[], out: string[], identifier?: string): void {
  if (items.length === 0) return;
  if (items.some((el) => isContainer(el) && !Array.isArray(el))) {
    const keys = new Set<string>();
    for (const el of items) {
      if (!isContainer(el) || Array.isArray(el)) continue;
      for (const [k, v] of Object.entries(el)) if (!isContainer(v)) keys.add(k);
    }
    const allKeys = [...keys].sort();
    for (const el of items) formatTextItem(el, out, identifier, allKeys);
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter((el) => !isContainer(el));
    if (scalars.length > 0) formatScalarList(scalars, out, identifier);
    for (const el of items.filter(isContainer)) formatTextItem(el, out, identifier);
  } else {
    formatScalarList(items, out, identifier);
  }
}

function formatScalarList(items: JsonValue[], out: string[], identifier?: string): void {
  if (identifier !== undefined) {
    for (const item of items) out.push(`${identifier.toUpperCase()}\t${scalarText(item)}\n`);
  } else {
    out.push(items.map(scalarText).join('\t') + '\n');
  }
}

function formatTextDict(
  item: JsonObject,
  out: string[],
  identifier?: string,
  scalarKeys?: string[],
): void {
  const scalars: string[] = [];
  const nested: Array<[string, JsonValue]> = [];
  if (scalarKeys === undefined) {
    for (const key of Object.keys(item).sort()) {
      const value = item[key] as JsonValue;
      if (isContainer(value)) nested.push([key, value]);
      else scalars.push(scalarText(value));
    }
  } else {
    for (const key of scalarKeys) scalars.push(scalarText(item[key]));
    const rest = Object.keys(item)
      .filter((k) => !scalarKeys.includes(k))
      .sort();
    for (const key of rest) nested.push([key, item[key] as JsonValue]);
  }
  if (scalars.length > 0) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(scalars.join('\t') + '\n');
  }
  for (const [key, value] of nested) formatTextItem(value, out, key);
}

/**
 * The table format, as awscli's MultiTable draws it: a titled section per object, its scalars as
 * a header row (sorted, centred) over one row per record (values after two spaces), and nested
 * objects and lists as sections drawn inside their parent's border, one "|" deeper. Every line
 * has the same width; columns widen evenly to fill it.
 */
export function formatTable(response: JsonValue, operation: string): string {
  const sections: TableSection[] = [];
  collectSections(operation, isContainer(response) ? response : [response], 0, sections);
  const width = Math.max(...sections.map(neededWidth));
  return sections.flatMap((section, i) => drawSection(section, width, i === 0)).join('\n') + '\n';
}

interface TableSection {
  title: string;
  depth: number;
  headers: string[];
  rows: string[][];
}

function collectSections(title: string, value: JsonValue, depth: number, out: TableSection[]) {
  const records: JsonObject[] = Array.isArray(value)
    ? value.filter((v): v is JsonObject => isContainer(v) && !Array.isArray(v))
    : isContainer(value)
      ? [value]
      : [];
  const scalars = Array.isArray(value) ? value.filter((v) => !isContainer(v)) : [];
  const headers = [
    ...new Set(
      records.flatMap((r) => Object.keys(r).filter((k) => !isContainer(r[k] as JsonValue))),
    ),
  ].sort();
  const rows =
    headers.length > 0
      ? records.map((r) => headers.map((h) => scalarText(r[h])))
      : scalars.map((v) => [scalarText(v)]);
  out.push({ title, depth, headers, rows });
  for (const record of records) {
    for (const key of Object.keys(record).sort()) {
      const nested = record[key] as JsonValue;
      if (isContainer(nested) && (!Array.isArray(nested) || nested.length > 0)) {
        collectSections(key, nested, depth + 1, out);
      }
    }
  }
}

/** Each column: its header, or its longest value after two spaces. */
function columnWidths(section: TableSection): number[] {
  const count = Math.max(section.headers.length, ...section.rows.map((r) => r.length), 0);
  return Array.from({ length: count }, (_, i) =>
    Math.max(
      (section.headers[i] ?? '').length + 2,
      ...section.rows.map((r) => (r[i] ?? '').length + 2),
    ),
  );
}

function neededWidth(section: TableSection): number {
  const widths = columnWidths(section);
  const columns = widths.reduce((a, w) => a + w, 0) + Math.max(widths.length - 1, 0);
  return Math.max(section.title.length + 2, columns) + 2 + 2 * section.depth;
}

function center(text: string, width: number): string {
  const left = Math.floor((width - text.length) / 2);
  return ' '.repeat(Math.max(left, 0)) + text + ' '.repeat(Math.max(width - text.length - left, 0));
}

function drawSection(section: TableSection, width: number, first: boolean): string[] {
  const bars = '|'.repeat(section.depth);
  const inner = width - 2 - 2 * section.depth;
  const widths = columnWidths(section);
  // Widen the columns evenly (the last takes the remainder) to fill the section's width.
  const used = widths.reduce((a, w) => a + w, 0) + Math.max(widths.length - 1, 0);
  if (widths.length > 0 && used < inner) {
    const extra = inner - used;
    const each = Math.floor(extra / widths.length);
    widths.forEach((w, i) => (widths[i] = w + each));
    widths[widths.length - 1] = (widths.at(-1) ?? 0) + extra - each * widths.length;
  }
  const line = (content: string) => `${bars}|${content}|${bars}`;
  const rule = () =>
    `${bars}+${widths.length > 0 ? widths.map((w) => '-'.repeat(w)).join('+') : '-'.repeat(inner)}+${bars}`;
  const lines: string[] = [];
  if (first) lines.push('-'.repeat(width));
  lines.push(line(center(section.title, inner)));
  lines.push(rule());
  if (section.headers.length > 0) {
    lines.push(line(section.headers.map((h, i) => center(h, widths[i] ?? 0)).join('|')));
    lines.push(rule());
  }
  if (section.rows.length > 0) {
    for (const row of section.rows) {
      lines.push(line(row.map((v, i) => `  ${v}`.padEnd(widths[i] ?? 0)).join('|')));
    }
    lines.push(rule());
  }
  return lines;
}
