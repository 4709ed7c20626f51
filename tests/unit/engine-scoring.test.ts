import { assessmentSchema } from '../../src/domain/assessment/schema';
import { questionnaireSchema } from '../../src/domain/questionnaire/schema';
import { levelFromScore, levelThresholds } from '../../src/domain/scoring/levels';
import { scoreAssessment } from '../../src/domain/scoring/score';
import { resolveScope } from '../../src/domain/assessment/scope';
import { assessment, item, questionnaire } from '../support/fixtures';

const q = questionnaire([
  item({ id: 'open-source.general.policy', weight: 3, phases: ['strategy'] }),
  item({ id: 'open-source.land-use.oskari', areas: ['land-use'], phases: ['development', 'production'] }),
  item({ id: 'open-apis.general.principles', weight: 2, phases: ['strategy', 'development'] }),
  item({ id: 'open-data.finance.xbrl', areas: ['finance'], phases: ['production'] }),
]);

describe('fixtures', () => {
  it('are valid questionnaires and assessments', () => {
    expect(questionnaireSchema.safeParse(q).success).toBe(true);
    expect(assessmentSchema.safeParse(assessment(q, { 'open-source.general.policy': 2 })).success).toBe(true);
  });
});

describe('levelFromScore', () => {
  it.each([
    [0, 0],
    [0.999, 0],
    [1, 1],
    [1.999, 1],
    [2, 2],
    [2.9, 2],
    [2.999999, 2],
    [3, 3],
    [3.999, 3],
    [4, 4],
    [4.999, 4],
    [5, 5],
  ])('score %s is level %s', (score, level) => {
    expect(levelFromScore(score)).toBe(level);
  });

  it('uses whole-number thresholds 0–5', () => {
    expect(levelThresholds).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('clamps scores outside the scale', () => {
    expect(levelFromScore(-1)).toBe(0);
    expect(levelFromScore(7)).toBe(5);
  });
});

describe('resolveScope', () => {
  it('keeps items of the profile that apply to a scope area and a scope phase', () => {
    const scope = resolveScope(q, {
      areas: ['finance', 'land-use'],
      phases: ['production'],
      profile: 'full',
    });
    expect(scope.items.map((s) => s.item.id)).toEqual([
      'open-source.land-use.oskari',
      'open-data.finance.xbrl',
    ]);
    expect(scope.areas).toEqual(['land-use', 'finance']); // questionnaire order
  });

  it('uses the profile list and reports an unknown profile', () => {
    expect(
      resolveScope(q, { areas: ['finance'], phases: ['strategy'], profile: 'quick' }).items.map(
        (s) => s.item.id,
      ),
    ).toEqual(['open-source.general.policy']);
    const unknown = resolveScope(q, { areas: ['finance', 'nowhere'], phases: ['strategy'], profile: 'nope' });
    expect(unknown.profileFound).toBe(false);
    expect(unknown.unknownAreas).toEqual(['nowhere']);
  });
});

describe('scoreAssessment', () => {
  const a = assessment(q, {
    'open-source.general.policy': { current: 1, target: 3, confidence: 'high' },
    'open-source.land-use.oskari': { current: 4, confidence: 'low' },
    'open-apis.general.principles': 'unknown',
    'open-data.finance.xbrl': 'not-applicable',
  });
  const report = scoreAssessment(q, a);

  it('averages answered levels by weight and counts what it leaves out', () => {
    // (3·1 + 1·4) / 4 = 1.75
    expect(report.overall.current.average).toEqual({
      score: 1.75,
      max: 5,
      level: 1,
      answered: 2,
      total: 4,
      unknown: 1,
      notApplicable: 1,
      unanswered: 0,
    });
    expect(report.overall.current.weakest.score).toBe(1);
    expect(report.overall.current.weakest.level).toBe(1);
  });

  it('aggregates targets, using the current level where no target is set, and the gap', () => {
    // targets: policy 3 (w3), oskari 4 (w1) → 13/4
    expect(report.overall.target.average.score).toBe(3.25);
    expect(report.overall.gap.average).toBe(1.5);
    expect(report.overall.gap.weakest).toBe(2); // 3 − 1
    const policy = report.items.find((i) => i.itemId === 'open-source.general.policy');
    expect(policy?.gap).toBe(2);
    expect(report.items.find((i) => i.itemId === 'open-apis.general.principles')?.gap).toBeNull();
  });

  it('counts an "all areas" item in every area and area items only in theirs', () => {
    const landUse = report.areas.find((r) => r.area === 'land-use');
    const finance = report.areas.find((r) => r.area === 'finance');
    expect(landUse?.current.average.total).toBe(3);
    expect(landUse?.current.average.score).toBe(1.75);
    expect(finance?.current.average.total).toBe(3);
    expect(finance?.current.average.score).toBe(1);
  });

  it('gives a full area × dimension grid', () => {
    expect(report.cells).toHaveLength(4 * 3);
    const cell = report.cells.find((c) => c.key === 'cell:land-use/open-source');
    expect(cell?.current.average.score).toBe(1.75);
    const empty = report.cells.find((c) => c.key === 'cell:education-culture/open-data');
    expect(empty?.current.average).toMatchObject({ score: null, level: null, total: 0 });
  });

  it('aggregates per phase and dimension', () => {
    expect(report.phases.map((p) => [p.phase, p.current.average.score])).toEqual([
      ['strategy', 1],
      ['development', 4],
      ['production', 4],
    ]);
    expect(report.dimensions.map((d) => [d.dimension, d.current.average.answered])).toEqual([
      ['open-source', 2],
      ['open-apis', 0],
      ['open-data', 0],
    ]);
  });

  it('flags a high level resting mostly on low-confidence answers', () => {
    const cell = report.cells.find((c) => c.key === 'cell:land-use/open-source');
    expect(cell?.weakEvidence).toBe(false); // level 1
    const phase = report.phases.find((p) => p.phase === 'production');
    expect(phase?.current.average.level).toBe(4);
    expect(phase?.lowConfidenceShare).toBe(1);
    expect(phase?.weakEvidence).toBe(true);
  });

  it('flags only above half of the weight, and only from level 3', () => {
    const q2 = questionnaire([item({ id: 'open-source.general.a' }), item({ id: 'open-source.general.b' })]);
    const half = scoreAssessment(
      q2,
      assessment(q2, {
        'open-source.general.a': { current: 3, confidence: 'low' },
        'open-source.general.b': { current: 3, confidence: 'high' },
      }),
    );
    expect(half.overall.lowConfidenceShare).toBe(0.5);
    expect(half.overall.weakEvidence).toBe(false);
    const more = scoreAssessment(
      q2,
      assessment(q2, {
        'open-source.general.a': { current: 3, confidence: 'low' },
        'open-source.general.b': { current: 3, confidence: 'low' },
      }),
    );
    expect(more.overall.weakEvidence).toBe(true);
    const low = scoreAssessment(
      q2,
      assessment(q2, {
        'open-source.general.a': { current: 2, confidence: 'low' },
        'open-source.general.b': { current: 2, confidence: 'low' },
      }),
    );
    expect(low.overall.weakEvidence).toBe(false);
  });

  it('has no score when nothing is answered', () => {
    const empty = scoreAssessment(q, assessment(q));
    expect(empty.overall.current.average).toMatchObject({ score: null, level: null, unanswered: 4 });
    expect(empty.overall.gap).toEqual({ average: null, weakest: null });
  });
});
