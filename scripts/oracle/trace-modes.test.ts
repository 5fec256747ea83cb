// The trace options change only how much of the per-statement trace an evaluation keeps: on 2,000
// generated requests (identity, resource-based, boundary, session and SCP mixes), 'matched' and
// 'none' give the same decision, decisive statements, denial, policy-type outcomes and missing
// context keys as the full trace, 'matched' keeps exactly the statements whose action matched,
// and 'none' keeps none.
import { expect, it } from 'vitest';
import { evaluateRequest, type Evaluation } from '../../src/iam';
import { sampleRequests } from './sweep';

const verdict = (e: Evaluation) => ({
  decision: e.decision,
  decisive: e.decisiveStatements,
  denial: e.denial,
  gates: e.gates,
  missing: e.missingContextKeys,
});

it('trace modes agree on everything but the trace', () => {
  let compared = 0;
  for (const request of sampleRequests(2000, 7)) {
    const all = evaluateRequest(request);
    const matched = evaluateRequest(request, { trace: 'matched' });
    const none = evaluateRequest(request, { trace: 'none' });
    expect(verdict(matched)).toEqual(verdict(all));
    expect(verdict(none)).toEqual(verdict(all));
    expect(matched.trace).toEqual(all.trace.filter((t) => t.actionMatched));
    expect(none.trace).toEqual([]);
    compared++;
  }
  expect(compared).toBe(2000);
});
