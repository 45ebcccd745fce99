import { describe, expect, it } from 'vitest';
import { accuracyFigures, dedupeFigures, type RankedPair } from './metrics.ts';

const pair = (leftId: string, rightId: string, band: RankedPair['band'], score = 0.5): RankedPair => ({ leftId, rightId, band, score });

describe('accuracyFigures', () => {
  const truth = new Map([['R1', 'C1'], ['R2', 'C2'], ['R3', 'C3']]);
  const pairs = [
    pair('R1', 'C1', 'likely'), pair('R1', 'C9', 'possible'),
    pair('R2', 'C7', 'likely'), pair('R2', 'C2', 'possible'),
    pair('R4', 'C4', 'likely'), // R4 is an orphan: its child is not registered
  ];
  const figures = accuracyFigures(['R1', 'R2', 'R3', 'R4', 'R5'], truth, pairs);

  it('counts recall at 1 and at 10 over requests whose child is registered', () => {
    expect(figures.matchedRequests).toBe(3);
    expect(figures.recallAt1).toBeCloseTo(1 / 3);
    expect(figures.recallAt10).toBeCloseTo(2 / 3);
  });

  it('measures the likely band against the truth', () => {
    expect(figures.likelyPrecision).toBeCloseTo(1 / 3);
    expect(figures.likelyRecall).toBeCloseTo(1 / 3);
  });

  it('counts orphan requests given a likely candidate', () => {
    expect(figures.orphanRequests).toBe(2);
    expect(figures.orphansWithLikely).toBeCloseTo(1 / 2);
  });
});

describe('dedupeFigures', () => {
  // A–B and C–D are one child each; E, F, G are registered once.
  const truth: [string, string][] = [['A', 'B'], ['C', 'D']];
  const pairs = [
    pair('B', 'A', 'likely'), pair('A', 'B', 'likely'), // found from both sides: counted once
    pair('C', 'E', 'likely'), // E is another child (a sister)
    pair('C', 'D', 'possible'),
    pair('F', 'G', 'unlikely'),
  ];
  const figures = dedupeFigures(['A', 'B', 'C', 'D', 'E', 'F', 'G'], truth, pairs);

  it('counts each unordered pair once, whichever side found it', () => {
    expect(figures.duplicates).toBe(2);
    expect(figures.found).toBe(1);
    expect(figures.likelyPrecision).toBeCloseTo(1 / 2);
    expect(figures.likelyRecall).toBeCloseTo(1 / 2);
  });

  it('measures what a data manager reviews (possible or better) and singles put in likely pairs', () => {
    expect(figures.reviewPrecision).toBeCloseTo(2 / 3);
    expect(figures.reviewRecall).toBe(1);
    expect(figures.singlesWithLikely).toBeCloseTo(1 / 3);
  });
});
