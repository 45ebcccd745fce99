import { describe, expect, it } from 'vitest';
import { generateCaseload, type CaseloadEvent } from './caseload.ts';

const collect = (seed: number, children = 2000, requests = 600, noise: 'easy' | 'default' | 'hard' = 'default') => {
  const events = [...generateCaseload({ seed, children, requests, orphanShare: 0.3, noise })];
  const pick = <K extends CaseloadEvent['kind']>(kind: K) => events.filter((e): e is Extract<CaseloadEvent, { kind: K }> => e.kind === kind);
  return { events, children: pick('child').map((e) => e.record), requests: pick('request').map((e) => e.record), truth: pick('truth') };
};

describe('generateCaseload', () => {
  const a = collect(7);

  it('writes exactly the counts asked for, with the orphan share asked for', () => {
    expect(a.children).toHaveLength(2000);
    expect(a.requests).toHaveLength(600);
    expect(a.truth).toHaveLength(Math.round(600 * 0.7));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(collect(7).events).toEqual(a.events);
    expect(collect(8).children[0]).not.toEqual(a.children[0]);
  });

  it('gives unique ids, and every truth pair points at records that exist', () => {
    const childIds = new Set(a.children.map((c) => c.id));
    const requestIds = new Set(a.requests.map((r) => r.id));
    expect(childIds.size).toBe(a.children.length);
    expect(requestIds.size).toBe(a.requests.length);
    for (const t of a.truth) {
      expect(requestIds.has(t.left_id)).toBe(true);
      expect(childIds.has(t.right_id)).toBe(true);
    }
  });

  it("derives a requester's name from the family: a father's given name is usually the child's second name", () => {
    const byId = new Map(a.children.map((c) => [c.id, c]));
    const latin = (s: string | undefined) => (s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    let fathers = 0;
    let shared = 0;
    for (const t of a.truth) {
      const request = a.requests.find((r) => r.id === t.left_id)!;
      const child = byId.get(t.right_id)!;
      if (request.requester_relationship !== 'father' || !request.requester_name || /[\u0600-\u06FF]/.test(request.requester_name)) continue;
      fathers++;
      const childWords = new Set(latin(child.full_name).split(/\s+/));
      if (latin(request.requester_name).split(/\s+/).some((w) => childWords.has(w))) shared++;
    }
    expect(fathers).toBeGreaterThan(20);
    expect(shared / fathers).toBeGreaterThan(0.5);
  });

  it('writes some requests in Arabic script and some family names first in capitals', () => {
    const hard = collect(3, 2000, 600, 'hard');
    expect(hard.requests.some((r) => /[\u0600-\u06FF]/.test(r.full_name ?? ''))).toBe(true);
    expect(hard.children.some((c) => /^[A-ZÀ-Ý'-]{2,}\s/.test(c.full_name ?? ''))).toBe(true);
  });

  it('streams: 10,000 records take well under a few seconds', () => {
    const started = performance.now();
    let n = 0;
    for (const e of generateCaseload({ seed: 1, children: 7000, requests: 3000, orphanShare: 0.3, noise: 'default' })) if (e.kind !== 'truth') n++;
    expect(n).toBe(10_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
