// Turns one policy statement into matchers, once: action sets, resource templates, principals and
// conditions. Malformed parts compile to "matches nothing" and a problem note, never an exception.
import { parseOperator, type ParsedOperator } from '../conditions/operators';
import { parseTemplate, type Template } from '../conditions/variables';
import { compileActions, type ActionSet } from '../match/action-set';
import { compilePattern, type Matcher } from '../match/wildcard';
import type { ConditionTrace, Effect, SourceSpan } from '../types';

/** One Resource or NotResource entry. */
export interface ResourceEntry {
  template: Template;
  /** Compiled once when the entry has no variables. */
  matcher?: Matcher;
  /** Entries with variables: matchers by resolved text, bounded. */
  cache?: Map<string, Matcher>;
}

/** One Principal or NotPrincipal entry, by its form. */
export type PrincipalEntry =
  | { form: 'everyone' }
  | { form: 'aws-everyone' }
  | { form: 'account'; account: string }
  | { form: 'arn'; arn: string }
  | { form: 'service'; service: string }
  | { form: 'other'; value: string };

/** One condition: an operator applied to one key, with its policy values. */
export interface CompiledCondition {
  operator: ParsedOperator;
  key: string;
  keyLower: string;
  values: Template[];
  /** The evaluation that last computed this condition, and its result (see evaluateCondition). */
  memoStamp?: number;
  memo?: ConditionTrace;
}

// Identical conditions (a region lock repeated in ten policies) share one compiled object, so a
// request evaluates each of them once.
const interned = new Map<string, CompiledCondition>();

function internCondition(c: CompiledCondition, variables: boolean): CompiledCondition {
  const raw = c.values.map((v) => v.raw);
  const signature = JSON.stringify([c.operator.written, c.key, variables, raw]);
  const hit = interned.get(signature);
  if (hit) return hit;
  if (interned.size >= 5000) interned.clear();
  interned.set(signature, c);
  return c;
}

/** A statement ready to evaluate. A null part is malformed: the statement then matches nothing. */
export interface CompiledStatement {
  index: number;
  sid?: string;
  effect: Effect | null;
  span?: SourceSpan;
  actions: ActionSet | null;
  notAction: boolean;
  /** undefined when the statement has neither Resource nor NotResource (normal in trust policies). */
  resources: ResourceEntry[] | null | undefined;
  notResource: boolean;
  /** undefined when the statement has neither Principal nor NotPrincipal. */
  principals: PrincipalEntry[] | null | undefined;
  notPrincipal: boolean;
  conditions: CompiledCondition[] | null;
  problems: string[];
}

type Json = Record<string, unknown>;

const ELEMENTS = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Principal',
  'NotPrincipal',
  'Condition',
]);

function own(obj: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function stringList(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return null;
}

function compilePrincipals(value: unknown): PrincipalEntry[] | null {
  if (value === '*') return [{ form: 'everyone' }];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: PrincipalEntry[] = [];
  for (const type of Object.keys(value)) {
    const list = stringList((value as Json)[type]);
    if (!list) return null;
    for (const v of list) {
      if (type === 'AWS') {
        if (v === '*') out.push({ form: 'aws-everyone' });
        else if (/^\d{12}$/.test(v)) out.push({ form: 'account', account: v });
        else {
          const root = /^arn:[^:]+:iam::(\d{12}):root$/.exec(v);
          out.push(
            root ? { form: 'account', account: root[1] as string } : { form: 'arn', arn: v },
          );
        }
      } else if (type === 'Service') out.push({ form: 'service', service: v.toLowerCase() });
      else out.push({ form: 'other', value: v });
    }
  }
  return out;
}

function compileConditions(value: unknown, variables: boolean): CompiledCondition[] | null {
  if (value === undefined) return [];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: CompiledCondition[] = [];
  for (const written of Object.keys(value)) {
    const block = (value as Json)[written];
    if (!block || typeof block !== 'object' || Array.isArray(block)) return null;
    const operator = parseOperator(written);
    for (const key of Object.keys(block)) {
      const raw: unknown = (block as Json)[key];
      const items = Array.isArray(raw) ? (raw as unknown[]) : [raw];
      const values: Template[] = [];
      for (const item of items) {
        if (typeof item === 'string') values.push(parseTemplate(item, variables));
        else if (typeof item === 'number' || typeof item === 'boolean') {
          values.push(parseTemplate(String(item), false));
        } else return null;
      }
      out.push(internCondition({ operator, key, keyLower: key.toLowerCase(), values }, variables));
    }
  }
  return out;
}

/** Compiles one statement. `variables` is true only under Version 2012-10-17. */
export function compileStatement(
  raw: unknown,
  index: number,
  variables: boolean,
  span: SourceSpan | undefined,
): CompiledStatement {
  const problems: string[] = [];
  const s: CompiledStatement = {
    index,
    effect: null,
    span,
    actions: null,
    notAction: false,
    resources: null,
    notResource: false,
    principals: undefined,
    notPrincipal: false,
    conditions: null,
    problems,
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('Statement is not an object');
    return s;
  }
  const st = raw as Json;
  for (const key of Object.keys(st)) {
    if (!ELEMENTS.has(key)) problems.push(`Unknown element ${JSON.stringify(key)} is ignored`);
  }
  const sid = own(st, 'Sid');
  if (typeof sid === 'string') s.sid = sid;
  const effect = own(st, 'Effect');
  if (effect === 'Allow' || effect === 'Deny') s.effect = effect;
  else problems.push('Effect must be "Allow" or "Deny"');

  const action = own(st, 'Action');
  const notAction = own(st, 'NotAction');
  const actions = stringList(action !== undefined ? action : notAction);
  s.notAction = action === undefined && notAction !== undefined;
  if ((action === undefined) === (notAction === undefined) || !actions) {
    problems.push('Statement needs exactly one of Action or NotAction, as a string or array');
  } else s.actions = compileActions(actions);

  const resource = own(st, 'Resource');
  const notResource = own(st, 'NotResource');
  s.notResource = resource === undefined && notResource !== undefined;
  if (resource === undefined && notResource === undefined) s.resources = undefined;
  else {
    const list = stringList(resource !== undefined ? resource : notResource);
    if (resource !== undefined && notResource !== undefined) {
      problems.push('Statement has both Resource and NotResource');
    } else if (!list) problems.push('Resource must be a string or an array of strings');
    else s.resources = list.map((r) => compileResource(r, variables));
  }

  const principal = own(st, 'Principal');
  const notPrincipal = own(st, 'NotPrincipal');
  s.notPrincipal = principal === undefined && notPrincipal !== undefined;
  if (principal !== undefined || notPrincipal !== undefined) {
    s.principals =
      principal !== undefined && notPrincipal !== undefined
        ? null
        : compilePrincipals(principal !== undefined ? principal : notPrincipal);
    if (s.principals === null) problems.push('Principal is malformed');
  }

  s.conditions = compileConditions(own(st, 'Condition'), variables);
  if (!s.conditions) problems.push('Condition is malformed');
  return s;
}

function compileResource(raw: string, variables: boolean): ResourceEntry {
  const template = parseTemplate(raw, variables);
  if (template.hasVariables) return { template, cache: new Map() };
  return { template, matcher: compilePattern([{ text: raw, literal: false }], 'arn') };
}
