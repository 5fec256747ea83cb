// Reads a policy document (text or object) into plain statements for the summary, never throwing.
import type { Effect } from '../../types';

/** One condition operator on one key, with its values as strings. */
export interface SummaryCondition {
  operator: string;
  key: string;
  values: string[];
}

/** A statement the summary understands: Effect, (Not)Action, (Not)Resource and conditions. */
export interface SummaryStatement {
  index: number;
  sid?: string;
  effect: Effect;
  notAction: boolean;
  actions: string[];
  /** Absent Resource and NotResource gives an empty list (a trust or resource policy, or an error). */
  notResource: boolean;
  resources: string[];
  conditions: SummaryCondition[];
}

/** The statements of a document, plus why the rest could not be read. */
export interface ReadStatements {
  statements: SummaryStatement[];
  /** Problems that hid statements from the summary, in plain words. */
  problems: string[];
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string or an array of strings, as IAM accepts in Action, Resource and condition values. */
function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  return undefined;
}

function conditionValues(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .map((v) => String(v));
}

/** The document as a JSON object, from text or an object; undefined when it is neither. */
export function documentObject(document: unknown): JsonObject | undefined {
  if (typeof document === 'string') {
    try {
      const parsed: unknown = JSON.parse(document);
      return isObject(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return isObject(document) ? document : undefined;
}

/** Reads the statements of a policy document; malformed parts are skipped and reported. */
export function readStatements(document: unknown): ReadStatements {
  const problems: string[] = [];
  const root = documentObject(document);
  if (!root) return { statements: [], problems: ['The policy document is not a JSON object.'] };
  const raw = root.Statement;
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  if (raw === undefined) problems.push('The policy has no Statement.');
  const statements: SummaryStatement[] = [];
  list.forEach((entry, index) => {
    const statement = readStatement(entry, index);
    if (typeof statement === 'string') problems.push(`Statement ${index + 1}: ${statement}`);
    else statements.push(statement);
  });
  return { statements, problems };
}

function readStatement(entry: unknown, index: number): SummaryStatement | string {
  if (!isObject(entry)) return 'the statement is not an object.';
  const effect = entry.Effect;
  if (effect !== 'Allow' && effect !== 'Deny') return 'Effect must be Allow or Deny.';
  const hasAction = Object.hasOwn(entry, 'Action');
  const hasNotAction = Object.hasOwn(entry, 'NotAction');
  if (hasAction === hasNotAction) return 'a statement needs exactly one of Action and NotAction.';
  const actions = stringList(hasAction ? entry.Action : entry.NotAction);
  if (!actions) return 'Action must be a string or an array of strings.';
  const notResource = Object.hasOwn(entry, 'NotResource') && !Object.hasOwn(entry, 'Resource');
  const resources = stringList(notResource ? entry.NotResource : entry.Resource) ?? [];
  const conditions: SummaryCondition[] = [];
  if (isObject(entry.Condition)) {
    for (const [operator, block] of Object.entries(entry.Condition)) {
      if (!isObject(block)) continue;
      for (const [key, value] of Object.entries(block)) {
        conditions.push({ operator, key, values: conditionValues(value) });
      }
    }
  }
  const sid = typeof entry.Sid === 'string' ? entry.Sid : undefined;
  return {
    index,
    ...(sid !== undefined ? { sid } : {}),
    effect,
    notAction: hasNotAction,
    actions,
    notResource,
    resources,
    conditions,
  };
}
