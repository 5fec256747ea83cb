// Test support: mutations of real policy documents for the fuzz cases (drop, duplicate and retype
// keys, wrong cases, huge strings, deep nesting, odd Unicode, wildcards, `${...}` variables). A
// document is held as a tree of entries so that it can carry duplicate keys, which JSON text may
// have and JavaScript objects may not.
import fc from 'fast-check';

type Tree =
  | { t: 'obj'; entries: [string, Tree][] }
  | { t: 'arr'; items: Tree[] }
  | { t: 'val'; v: string | number | boolean | null }
  // Deep nesting, written as text: `depth` openers, the node, `depth` closers.
  | { t: 'deep'; node: Tree; open: string; close: string; depth: number };

const OPS = [
  'drop',
  'duplicate',
  'retype',
  'case',
  'huge',
  'deep',
  'unicode',
  'wildcard',
  'variable',
  'rename',
  'graft',
  'truncate',
] as const;
type Op = (typeof OPS)[number];

/** One mutation: what to do, at which node (modulo the node count), with which variant. */
export interface Mutation {
  op: Op;
  at: number;
  pick: number;
}

const RETYPED: unknown[] = [
  0,
  -1,
  1.5e300,
  true,
  false,
  null,
  '',
  [],
  {},
  'Allow',
  ['x'],
  { a: 1 },
];
const ODD = ['\u0000', '\uD800', '\uDFFF', '\u202E', '\uFEFF', '\u0301', '🙂', '\u2028', '"', '\\'];
const WILDCARDS = [
  '*',
  '?',
  '*:*',
  's3:*',
  '*Object',
  '?*?*?*?*?*?*?*?*?*',
  'arn:*:*',
  'arn:aws:s3:::*/*?',
];
const VARIABLES = [
  '${aws:username}',
  '${',
  '}',
  '${}',
  '${*}',
  '${?}',
  '${$}',
  '${${aws:username}}',
  '${aws:PrincipalTag/${aws:username}}',
  '${aws:username, "default"}',
  '${aws:undefinedKey}',
  'arn:aws:s3:::${aws:username}/${aws:userid}/*',
];
const ELEMENTS = [
  'Version',
  'Id',
  'Statement',
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
  '__proto__',
  'constructor',
];

function toTree(value: unknown): Tree {
  if (Array.isArray(value)) return { t: 'arr', items: value.map(toTree) };
  if (value && typeof value === 'object')
    return { t: 'obj', entries: Object.entries(value).map(([k, v]) => [k, toTree(v)]) };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { t: 'val', v: value };
  return { t: 'val', v: null };
}

function toText(tree: Tree): string {
  if (tree.t === 'val') return JSON.stringify(tree.v);
  if (tree.t === 'deep')
    return tree.open.repeat(tree.depth) + toText(tree.node) + tree.close.repeat(tree.depth);
  if (tree.t === 'arr') return `[${tree.items.map(toText).join(',')}]`;
  return `{${tree.entries.map(([k, v]) => `${JSON.stringify(k)}:${toText(v)}`).join(',')}}`;
}

interface Slot {
  node: Tree;
  parent?: Tree;
  index: number;
}

function slots(tree: Tree): Slot[] {
  const out: Slot[] = [{ node: tree, index: 0 }];
  for (let i = 0; i < out.length && out.length < 5000; i++) {
    const { node } = out[i]!;
    if (node.t === 'arr')
      node.items.forEach((c, index) => out.push({ node: c, parent: node, index }));
    if (node.t === 'obj')
      node.entries.forEach(([, c], index) => out.push({ node: c, parent: node, index }));
  }
  return out;
}

function replace(slot: Slot, next: Tree, root: Tree): Tree {
  const { parent, index } = slot;
  if (!parent) return next;
  if (parent.t === 'arr') parent.items[index] = next;
  if (parent.t === 'obj') parent.entries[index]![1] = next;
  return root;
}

function caseChange(s: string, pick: number): string {
  const forms = [s.toUpperCase(), s.toLowerCase(), s.replace(/^./, (c) => c.toLowerCase())];
  return forms[pick % forms.length]!;
}

function strings(slot: Slot): string {
  return slot.node.t === 'val' && typeof slot.node.v === 'string' ? slot.node.v : '';
}

function apply(root: Tree, m: Mutation): Tree {
  const all = slots(root);
  const slot = all[m.at % all.length]!;
  const { parent, index } = slot;
  const pick = m.pick;
  switch (m.op) {
    case 'drop':
      if (parent?.t === 'arr') parent.items.splice(index, 1);
      if (parent?.t === 'obj') parent.entries.splice(index, 1);
      return root;
    case 'duplicate':
      if (parent?.t === 'arr') parent.items.splice(index, 0, structuredClone(slot.node));
      if (parent?.t === 'obj') {
        const [key] = parent.entries[index]!;
        const value =
          pick % 2 ? toTree(RETYPED[pick % RETYPED.length]) : structuredClone(slot.node);
        parent.entries.splice(index + 1, 0, [key, value]);
      }
      return root;
    case 'retype':
      return replace(slot, toTree(RETYPED[pick % RETYPED.length]), root);
    case 'case':
      if (parent?.t === 'obj') {
        const entry = parent.entries[index]!;
        entry[0] = caseChange(entry[0], pick);
      } else if (slot.node.t === 'val' && typeof slot.node.v === 'string')
        slot.node.v = caseChange(slot.node.v, pick);
      return root;
    case 'huge': {
      const unit = ['x', '*', 's3:Get*,', '${aws:username}', '\u00e9', '🙂'][pick % 6]!;
      const big = unit.repeat(10_000 + (pick % 5) * 10_000);
      return replace(slot, pick % 7 === 0 ? toTree(Array(10_000).fill(unit)) : toTree(big), root);
    }
    case 'deep': {
      const [open, close] = pick % 2 ? ['[', ']'] : ['{"Condition":', '}'];
      const tree: Tree = { t: 'deep', node: slot.node, open, close, depth: 100 + (pick % 2000) };
      return replace(slot, tree, root);
    }
    case 'unicode': {
      const odd = ODD[pick % ODD.length]!;
      if (parent?.t === 'obj' && pick % 3 === 0) {
        const entry = parent.entries[index]!;
        entry[0] = entry[0] + odd;
        return root;
      }
      const s = strings(slot);
      const at = pick % (s.length + 1);
      return replace(slot, { t: 'val', v: s.slice(0, at) + odd + s.slice(at) }, root);
    }
    case 'wildcard':
      return replace(slot, { t: 'val', v: WILDCARDS[pick % WILDCARDS.length]! }, root);
    case 'variable': {
      const variable = VARIABLES[pick % VARIABLES.length]!;
      return replace(slot, { t: 'val', v: pick % 2 ? strings(slot) + variable : variable }, root);
    }
    case 'rename':
      if (parent?.t === 'obj') parent.entries[index]![0] = ELEMENTS[pick % ELEMENTS.length]!;
      return root;
    case 'graft':
      return replace(slot, structuredClone(all[pick % all.length]!.node), root);
    case 'truncate':
      // Applied to the text, after the tree mutations.
      return root;
  }
}

/** Applies the mutations to a document and returns the JSON text (which may no longer be JSON). */
export function mutateDocument(document: object, mutations: readonly Mutation[]): string {
  let tree = toTree(document);
  for (const m of mutations) tree = apply(tree, m);
  let text = toText(tree);
  for (const m of mutations)
    if (m.op === 'truncate') text = text.slice(0, m.pick % (text.length + 1));
  return text;
}

/** Mutated versions of the seed documents, as text. */
export function mutatedPolicy(seeds: readonly object[]): fc.Arbitrary<string> {
  // Huge strings and deep nesting cost the most time per case, so they come less often.
  const op = fc.oneof(
    { arbitrary: fc.constantFrom(...OPS.filter((o) => o !== 'huge' && o !== 'deep')), weight: 20 },
    { arbitrary: fc.constantFrom<Op>('huge', 'deep'), weight: 1 },
  );
  const mutation = fc.record({ op, at: fc.nat(), pick: fc.nat() });
  return fc
    .tuple(fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([i, mutations]) => mutateDocument(seeds[i]!, mutations));
}
