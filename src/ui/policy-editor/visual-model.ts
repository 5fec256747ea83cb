// The visual editor's model of an identity policy: one permission block per service, and the exact
// conversions between it and the policy document. A document that converts gives itself back
// unchanged (values, array-or-string forms and key order); one the blocks cannot show is refused
// with the reason the console's notice gives.

/** A JSON value as a condition may hold it. */
export type ConditionValue = string | number | boolean;

export interface VisualCondition {
  /** "StringEquals", "ForAnyValue:StringLike", "BoolIfExists", ... */
  operator: string;
  key: string;
  values: ConditionValue[];
  /** The values were written as one scalar, not an array. */
  single: boolean;
}

/** What a block came from, so that an untouched document is written back as it was read. */
export interface BlockOrigin {
  /** The statement's index in the document. */
  statement: number;
  /** The statement's keys in their written order. */
  keyOrder: string[];
  /** The statement's Action value as written (several blocks share it when split by service). */
  action: string | string[];
  /** The Condition operators and their keys in written order. */
  conditionOrder?: Array<[string, string[]]>;
}

export interface PermissionBlock {
  sid?: string;
  effect: 'Allow' | 'Deny';
  /** Service prefix, lower case; '' until a service is chosen. */
  service: string;
  /** Full action names as written: "s3:GetObject", "s3:List*". */
  actions: string[];
  /** "*" for All, or specific ARNs. */
  resources: string[];
  /** Resource was written as one string. */
  singleResource: boolean;
  conditions: VisualCondition[];
  origin?: BlockOrigin;
}

export interface VisualPolicy {
  /** Top-level keys in their written order, with their values except Statement. */
  head: Array<[string, unknown]>;
  /** The Statement was a single object, not an array. */
  singleStatement: boolean;
  blocks: PermissionBlock[];
}

export type VisualModelResult = { ok: true; model: VisualPolicy } | { ok: false; reason: string };

const STATEMENT_KEYS = ['Sid', 'Effect', 'Action', 'Resource', 'Condition'];
const HEAD_KEYS = ['Version', 'Id', 'Statement'];

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is ConditionValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  return undefined;
}

/** The service prefix of an action as the visual editor groups it, or undefined ("*", "s*:Get"). */
export function actionService(action: string): string | undefined {
  const colon = action.indexOf(':');
  if (colon <= 0) return undefined;
  const prefix = action.slice(0, colon);
  return /^[A-Za-z0-9-]+$/.test(prefix) ? prefix.toLowerCase() : undefined;
}

function readConditions(value: unknown): VisualCondition[] | string {
  if (!isObject(value)) return 'a Condition that is not an object';
  if (Object.keys(value).length === 0) return 'an empty Condition';
  const conditions: VisualCondition[] = [];
  for (const [operator, keys] of Object.entries(value)) {
    if (!isObject(keys) || Object.keys(keys).length === 0)
      return `a condition operator ${operator} with no keys`;
    for (const [key, raw] of Object.entries(keys)) {
      if (isScalar(raw)) conditions.push({ operator, key, values: [raw], single: true });
      else if (Array.isArray(raw) && raw.every(isScalar))
        conditions.push({ operator, key, values: [...raw], single: false });
      else return `a condition value of ${key} that is not a string, number or boolean`;
    }
  }
  return conditions;
}

function readStatement(statement: unknown, index: number): PermissionBlock[] | string {
  if (!isObject(statement)) return `statement ${index + 1} is not an object`;
  const keys = Object.keys(statement);
  const other = keys.find((k) => !STATEMENT_KEYS.includes(k));
  if (other) return `statement ${index + 1} uses ${other}`;
  const { Sid, Effect, Action, Resource, Condition } = statement;
  if (Sid !== undefined && typeof Sid !== 'string')
    return `statement ${index + 1} has a Sid that is not a string`;
  if (Effect !== 'Allow' && Effect !== 'Deny')
    return `statement ${index + 1} has no Effect of Allow or Deny`;
  // An empty Action or Resource list is a block still being filled in (the console's new policy).
  const actions = stringList(Action);
  if (!actions) return `statement ${index + 1} has no Action list`;
  const resources = stringList(Resource);
  if (!resources) return `statement ${index + 1} has no Resource list`;
  const conditions = Condition === undefined ? [] : readConditions(Condition);
  if (typeof conditions === 'string') return `statement ${index + 1} has ${conditions}`;
  const byService = new Map<string, string[]>();
  for (const action of actions) {
    const service = actionService(action);
    if (!service)
      return `statement ${index + 1} has the action ${action}, which names no single service`;
    byService.set(service, [...(byService.get(service) ?? []), action]);
  }
  if (byService.size === 0) byService.set('', []);
  if (byService.size > 1 && conditions.length > 0) {
    return `statement ${index + 1} has several services with conditions`;
  }
  const origin: BlockOrigin = {
    statement: index,
    keyOrder: keys,
    action: Action as string | string[],
    conditionOrder: isObject(Condition)
      ? Object.entries(Condition).map(([op, k]) => [op, Object.keys(k as JsonObject)])
      : undefined,
  };
  return [...byService].map(([service, serviceActions]) => ({
    ...(Sid === undefined ? {} : { sid: Sid }),
    effect: Effect,
    service,
    actions: serviceActions,
    resources,
    singleResource: typeof Resource === 'string',
    conditions,
    origin,
  }));
}

/** Reads a policy document into permission blocks, or says why the visual editor cannot show it. */
export function toVisualModel(document: unknown): VisualModelResult {
  if (!isObject(document)) return { ok: false, reason: 'the policy is not a JSON object' };
  const other = Object.keys(document).find((k) => !HEAD_KEYS.includes(k));
  if (other) return { ok: false, reason: `the policy uses ${other}` };
  const raw = document.Statement;
  if (raw === undefined) return { ok: false, reason: 'the policy has no Statement' };
  const statements = Array.isArray(raw) ? raw : [raw];
  const blocks: PermissionBlock[] = [];
  for (const [index, statement] of statements.entries()) {
    const read = readStatement(statement, index);
    if (typeof read === 'string') return { ok: false, reason: read };
    blocks.push(...read);
  }
  return {
    ok: true,
    model: {
      head: Object.entries(document).map(([k, v]) => [k, k === 'Statement' ? null : v]),
      singleStatement: !Array.isArray(raw),
      blocks,
    },
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  return sameList([...a].sort(), [...b].sort());
}

function conditionObject(
  conditions: readonly VisualCondition[],
  order: BlockOrigin['conditionOrder'],
): JsonObject {
  const grouped = new Map<string, Map<string, VisualCondition>>();
  // Keep the written order of operators and keys first; new ones follow as added.
  for (const [operator, keys] of order ?? []) {
    for (const key of keys) {
      const c = conditions.find((x) => x.operator === operator && x.key === key);
      if (c) grouped.set(operator, (grouped.get(operator) ?? new Map()).set(key, c));
    }
  }
  for (const c of conditions) {
    grouped.set(c.operator, (grouped.get(c.operator) ?? new Map()).set(c.key, c));
  }
  const out: JsonObject = {};
  for (const [operator, keys] of grouped) {
    const entry: JsonObject = {};
    for (const [key, c] of keys) {
      entry[key] = c.single && c.values.length === 1 ? c.values[0] : [...c.values];
    }
    out[operator] = entry;
  }
  return out;
}

/** Blocks split from one statement go back into it when nothing set them apart. */
function mergeable(a: PermissionBlock, b: PermissionBlock): boolean {
  return (
    a.origin !== undefined &&
    a.origin.statement === b.origin?.statement &&
    a.sid === b.sid &&
    a.effect === b.effect &&
    a.singleResource === b.singleResource &&
    sameList(a.resources, b.resources) &&
    a.conditions.length === 0 &&
    b.conditions.length === 0
  );
}

function statementOf(group: readonly PermissionBlock[]): JsonObject {
  const first = group[0] as PermissionBlock;
  const actions = group.flatMap((b) => b.actions);
  const origin = first.origin;
  const written = origin && stringList(origin.action);
  let action: string | string[] = actions;
  if (origin && written && sameMultiset(written, actions)) action = origin.action;
  const fields: JsonObject = {
    Sid: first.sid,
    Effect: first.effect,
    Action: action,
    Resource:
      first.singleResource && first.resources.length === 1 ? first.resources[0] : first.resources,
    Condition:
      first.conditions.length > 0
        ? conditionObject(first.conditions, origin?.conditionOrder)
        : undefined,
  };
  const order = [...(origin?.keyOrder ?? []), ...STATEMENT_KEYS];
  const out: JsonObject = {};
  for (const key of order) {
    if (fields[key] !== undefined && !(key in out)) out[key] = fields[key];
  }
  return out;
}

/** Writes permission blocks back as a policy document, unfinished ones too (IAM then flags them). */
export function toPolicyDocument(model: VisualPolicy): JsonObject {
  const statements: JsonObject[] = [];
  let group: PermissionBlock[] = [];
  const flush = () => {
    if (group.length > 0) statements.push(statementOf(group));
    group = [];
  };
  for (const block of model.blocks) {
    const last = group[group.length - 1];
    if (last && !mergeable(last, block)) flush();
    group.push(block);
  }
  flush();
  const out: JsonObject = {};
  const head =
    model.head.length > 0 ? model.head : [['Version', '2012-10-17'] as [string, unknown]];
  for (const [key, value] of head) {
    out[key] =
      key === 'Statement'
        ? model.singleStatement && statements.length === 1
          ? statements[0]
          : statements
        : value;
  }
  if (!('Statement' in out)) out.Statement = statements;
  return out;
}

/** A new, empty permission block: no service yet, All resources. */
export function newPermissionBlock(): PermissionBlock {
  return {
    effect: 'Allow',
    service: '',
    actions: [],
    resources: ['*'],
    singleResource: true,
    conditions: [],
  };
}
