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
 * The table format: a titled box per object, its scalars as one header row and one value row
 * (lists of objects as one row each), nested objects and lists as indented sub-tables.
 */
export function formatTable(response: JsonValue, operation: string): string {
  const lines: string[] = [];
  tableSection(operation, isContainer(response) ? response : [response], 0, lines);
  return lines.join('\n') + '\n';
}

function tableSection(title: string, value: JsonValue, indent: number, lines: string[]): void {
  const rows: JsonObject[] = Array.isArray(value)
    ? value.filter((v): v is JsonObject => isContainer(v) && !Array.isArray(v))
    : isContainer(value)
      ? [value]
      : [];
  const scalarList = Array.isArray(value) ? value.filter((v) => !isContainer(v)) : [];
  // awscli's table sorts a record's scalar keys into its header row.
  const columns = [
    ...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => !isContainer(r[k] as JsonValue)))),
  ].sort();
  const body: string[][] = rows
    .filter((r) => columns.some((c) => c in r))
    .map((r) => columns.map((c) => scalarText(r[c])));
  const listRows = scalarList.map((v) => [scalarText(v)]);
  const widths = (columns.length > 0 ? columns : ['']).map((c, i) =>
    Math.max(
      c.length,
      ...body.map((row) => (row[i] ?? '').length),
      ...listRows.map((r) => (r[0] ?? '').length),
    ),
  );
  // A row is "|" + " cell " per column, joined by "|", + "|": each column takes its width + 3.
  const rowWidth = () => widths.reduce((a, w) => a + w + 3, 0) - 1;
  const inner = Math.max(title.length + 2, rowWidth());
  // Widen the last column so the columns fill the title's width.
  const extra = inner - rowWidth();
  if (extra > 0 && widths.length > 0) widths[widths.length - 1] = (widths.at(-1) ?? 0) + extra;
  const pad = ' '.repeat(indent);
  const rule = (ch: string) => pad + ch + widths.map((w) => '-'.repeat(w + 2)).join('+') + ch;
  const center = (text: string, width: number) => {
    const left = Math.floor((width - text.length) / 2);
    return ' '.repeat(left) + text + ' '.repeat(width - text.length - left);
  };
  lines.push(pad + '-'.repeat(inner + 2));
  lines.push(pad + '|' + center(title, inner) + '|');
  if (body.length > 0) {
    lines.push(rule('+'));
    lines.push(
      pad + '|' + columns.map((c, i) => ' ' + center(c, widths[i] ?? 0) + ' ').join('|') + '|',
    );
    lines.push(rule('+'));
    for (const row of body) {
      lines.push(
        pad + '|' + row.map((v, i) => ' ' + v.padEnd(widths[i] ?? 0) + ' ').join('|') + '|',
      );
    }
  }
  if (listRows.length > 0) {
    lines.push(rule('+'));
    for (const [v] of listRows) lines.push(pad + '|' + ' ' + (v ?? '').padEnd(inner - 2) + ' |');
  }
  lines.push(rule('+'));
  for (const row of rows) {
    for (const [key, nested] of Object.entries(row)) {
      if (isContainer(nested) && (!Array.isArray(nested) || nested.length > 0)) {
        tableSection(key, nested, indent + 2, lines);
      }
    }
  }
}
