import type { Level } from '../questionnaire/schema';

/** Highest level of the shared scale. */
export const maxLevel = 5;

/**
 * Lowest score that earns each level: an aggregate is at level n when its score is at least
 * `levelThresholds[n]` and below the next threshold. Whole-number thresholds mean a level is
 * claimed only when it is reached on average (2.99 is level 2), in the spirit of the maturity
 * models' rule that a level counts only when the levels below it hold. docs/scoring.md cites this.
 */
export const levelThresholds: readonly [number, number, number, number, number, number] = [0, 1, 2, 3, 4, 5];

/** The level an aggregate score earns (see `levelThresholds`). Scores outside 0–5 are clamped. */
export function levelFromScore(score: number): Level {
  let level = 0;
  for (let n = 1; n < levelThresholds.length; n++) {
    if (score >= (levelThresholds[n] ?? Infinity)) level = n;
  }
  return level;
}

/** True when an answer value is a level (not "not applicable" / "don't know" / unanswered). */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'number';
}

/**
 * A score as it is shown, with one decimal, rounded down: a shown score never reaches a level the
 * aggregate has not earned (1.98 is shown as 1.9 beside level 1, not as 2.0). The tiny epsilon keeps
 * binary fractions such as 0.7 × 3 = 2.0999… at 2.1; a score a hair below a threshold stays below.
 */
export function displayScore(score: number): number {
  const shown = Math.floor(score * 10 + 1e-9) / 10;
  const level = levelFromScore(score);
  if (levelFromScore(shown) === level) return shown;
  const next = levelThresholds[level + 1] ?? maxLevel;
  return Math.round((next - 0.1) * 10) / 10;
}
