// Policy variables (reference_policies_variables): ${key}, ${key, 'default'} and the escapes
// ${*}, ${?}, ${$}. Parsed once per policy text; resolved per request against the context.
import type { PatternPart } from '../match/wildcard';

/** A piece of a policy string: raw text, literal text from an escape, or a variable. */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'literal'; text: string }
  | { kind: 'var'; key: string; keyLower: string; fallback?: string };

/** A policy string (a Resource entry or a condition value) split into its parts. */
export interface Template {
  raw: string;
  parts: TemplatePart[];
  /** True when some part is a variable, so the string must be resolved per request. */
  hasVariables: boolean;
}

/** Looks up a single-valued context key by its lower-case name; undefined when it has no value. */
export type VariableLookup = (keyLower: string) => string | undefined;

const VARIABLE = /\$\{([^{}]*)\}/g;
const WITH_DEFAULT = /^\s*([^,\s]+)\s*,\s*'([^']*)'\s*$/;
const KEY_ONLY = /^\s*([^,\s]+)\s*$/;

/**
 * Splits a policy string into text and variables. Only Version 2012-10-17 has variables: under
 * 2008-10-17, or with no Version, `${...}` is literal text (reference_policies_variables).
 */
export function parseTemplate(raw: string, variablesEnabled: boolean): Template {
  if (!variablesEnabled || !raw.includes('${')) {
    return { raw, parts: [{ kind: 'text', text: raw }], hasVariables: false };
  }
  const parts: TemplatePart[] = [];
  let hasVariables = false;
  let last = 0;
  VARIABLE.lastIndex = 0;
  for (let m = VARIABLE.exec(raw); m; m = VARIABLE.exec(raw)) {
    const inner = m[1] as string;
    let part: TemplatePart | undefined;
    if (inner === '*' || inner === '?' || inner === '$') part = { kind: 'literal', text: inner };
    else {
      const d = WITH_DEFAULT.exec(inner);
      const k = d ? undefined : KEY_ONLY.exec(inner);
      const key = d ? (d[1] as string) : k ? (k[1] as string) : undefined;
      if (key !== undefined) {
        part = { kind: 'var', key, keyLower: key.toLowerCase() };
        if (d) part.fallback = d[2] as string;
        hasVariables = true;
      }
    }
    if (!part) continue; // Not a variable: the text stays as written.
    if (m.index > last) parts.push({ kind: 'text', text: raw.slice(last, m.index) });
    parts.push(part);
    last = m.index + m[0].length;
  }
  if (last < raw.length) parts.push({ kind: 'text', text: raw.slice(last) });
  return { raw, parts, hasVariables: hasVariables || parts.some((p) => p.kind === 'literal') };
}

/**
 * Resolves a template into pattern parts: substituted values are literal (never wildcards).
 * Returns null when a variable has no value and no default: such an entry matches nothing.
 */
export function resolvePattern(
  template: Template,
  lookup: VariableLookup,
  missing?: (key: string) => void,
): PatternPart[] | null {
  const out: PatternPart[] = [];
  for (const part of template.parts) {
    if (part.kind === 'text') out.push({ text: part.text, literal: false });
    else if (part.kind === 'literal') out.push({ text: part.text, literal: true });
    else {
      const value = lookup(part.keyLower) ?? part.fallback;
      if (value === undefined) {
        missing?.(part.key);
        return null;
      }
      out.push({ text: value, literal: true });
    }
  }
  return out;
}

/** Resolves a template into plain text, or null when a variable has no value and no default. */
export function resolveText(
  template: Template,
  lookup: VariableLookup,
  missing?: (key: string) => void,
): string | null {
  if (!template.hasVariables) return template.raw;
  const parts = resolvePattern(template, lookup, missing);
  if (!parts) return null;
  let text = '';
  for (const p of parts) text += p.text;
  return text;
}
