import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayScore, levelFromScore } from '../../src/domain/scoring/levels';

describe('scores as shown', () => {
  it.each([
    [1.98, 1.9],
    [2, 2],
    [2.1, 2.1],
    [0.7 * 3, 2.1],
    [4.99, 4.9],
    [5, 5],
    [0, 0],
  ])('shows %d as %d', (score, shown) => {
    expect(displayScore(score)).toBe(shown);
  });

  it('never shows a score that reaches a level the aggregate has not earned', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5, noNaN: true }), (score) => {
        const shown = displayScore(score);
        expect(levelFromScore(shown)).toBe(levelFromScore(score));
        expect(score - shown).toBeLessThan(0.1 + 1e-9);
      }),
    );
  });
});
