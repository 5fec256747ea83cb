// A canonical text for a JSON value (keys sorted, last duplicate wins), built without recursion so
// that deeply nested input cannot overflow the stack. Used to spot identical statements.
import type { JsonNode } from '../parse/json-with-positions';
import { uniqueEntries } from './policy-view';

type Work = { node: JsonNode; skipKey?: string } | { text: string };

/** Canonical JSON text of a node, leaving out the top-level key `skipKey` (e.g. "Sid"). */
export function canonicalText(root: JsonNode, skipKey?: string): string {
  const parts: string[] = [];
  const work: Work[] = [skipKey === undefined ? { node: root } : { node: root, skipKey }];
  while (work.length > 0) {
    const item = work.pop() as Work;
    if ('text' in item) {
      parts.push(item.text);
      continue;
    }
    const { node } = item;
    switch (node.kind) {
      case 'object': {
        const entries = uniqueEntries(node)
          .filter((e) => e.key !== item.skipKey)
          .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        const pending: Work[] = [{ text: '{' }];
        entries.forEach((e, i) => {
          pending.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(e.key)}:` }, { node: e.value });
        });
        pending.push({ text: '}' });
        for (let k = pending.length - 1; k >= 0; k--) work.push(pending[k] as Work);
        break;
      }
      case 'array': {
        const pending: Work[] = [{ text: '[' }];
        node.items.forEach((child, i) => {
          if (i > 0) pending.push({ text: ',' });
          pending.push({ node: child });
        });
        pending.push({ text: ']' });
        for (let k = pending.length - 1; k >= 0; k--) work.push(pending[k] as Work);
        break;
      }
      case 'string':
        parts.push(JSON.stringify(node.value));
        break;
      case 'number':
        parts.push(node.raw);
        break;
      case 'boolean':
        parts.push(String(node.value));
        break;
      case 'null':
        parts.push('null');
        break;
    }
  }
  return parts.join('');
}
