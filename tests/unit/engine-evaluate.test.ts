import { evaluate } from '../../src/domain/evaluate';
import { allSteps, isOwnStep } from '../../src/domain/roadmap/edits';
import { assessment, item, offering, questionnaire, text } from '../support/fixtures';

const q = questionnaire([
  item({
    id: 'open-apis.general.api-principles',
    phases: ['strategy'],
    weight: 3,
    tags: ['api-management'],
    effort: 'M',
    cost: { min: 10_000, max: 50_000 },
  }),
  item({
    id: 'open-apis.land-use.ryhti-interface',
    areas: ['land-use'],
    phases: ['development', 'production'],
    weight: 2,
    tags: ['ryhti', 'geospatial'],
    prerequisites: [{ item: 'open-apis.general.api-principles', level: 2 }],
    deadlines: [{ date: '2028-01-01', level: 3, reason: text('Ryhti building data') }],
    cost: { min: 50_000, max: 250_000 },
    effort: 'L',
  }),
  item({ id: 'open-data.general.analytics', tags: ['analytics', 'machine-learning'], ethics: true }),
]);
const a = assessment(q, {
  'open-apis.general.api-principles': { current: 1, target: 3, confidence: 'medium' },
  'open-apis.land-use.ryhti-interface': { current: 1, target: 3 },
  'open-data.general.analytics': { current: 0, target: 1 },
});
const catalog = [
  offering({
    id: 'oskari-support',
    name: 'Oskari-tuki',
    tags: ['geospatial', 'map-platform'],
    areas: ['land-use'],
    dimensions: ['open-apis'],
  }),
  offering({ id: 'ryhti-integration', name: 'Ryhti-integraatio', type: 'integration', tags: ['ryhti'] }),
  offering({ id: 'api-training', name: 'API-koulutus', type: 'training', tags: ['api-management'] }),
];

describe('evaluate', () => {
  const result = evaluate(q, a, catalog, {
    sharedWith: { 'open-apis.general.api-principles@1-2': ['Naapurikunta'] },
  });

  it('returns scores in both views, priorities and progress', () => {
    expect(result.questionnaire).toEqual({
      id: 'test-questionnaire',
      version: '1.0.0',
      matchesAssessment: true,
    });
    expect(result.progress).toEqual({ total: 3, answered: 3, unknown: 0, notApplicable: 0, unanswered: 0 });
    expect(result.scores.overall.current.average.score).toBeCloseTo((3 * 1 + 2 * 1 + 0) / 6);
    expect(result.scores.overall.current.weakest.score).toBe(0);
    expect(result.priorities.map((p) => p.itemId)).toEqual([
      'open-apis.general.api-principles',
      'open-apis.land-use.ryhti-interface',
      'open-data.general.analytics',
    ]);
  });

  it('gives every step its offerings, procurement route and, where due, deadlines and ethics questions', () => {
    const steps = allSteps(result.roadmap).filter((s) => !isOwnStep(s));
    const ryhti = steps.find((s) => s.id === 'open-apis.land-use.ryhti-interface@1-2');
    if (!ryhti || isOwnStep(ryhti)) throw new Error('missing step');
    // oskari: tag 3 + dimension 2 + land-use named 2 + phase 1 = 8; ryhti: tag 3 + dimension 2 + all areas 1 + phase 1 = 7
    expect(ryhti.matches.map((m) => [m.offering.id, m.score])).toEqual([
      ['oskari-support', 8],
      ['ryhti-integration', 7],
    ]);
    expect(ryhti.procurement.route).toBe('eu-tendering');
    expect(ryhti.deadlines.map((d) => d.date)).toEqual(['2028-01-01']);
    expect(ryhti.prerequisites).toEqual(['open-apis.general.api-principles@1-2']);

    const principles = steps.find((s) => s.id === 'open-apis.general.api-principles@1-2');
    if (!principles || isOwnStep(principles)) throw new Error('missing step');
    expect(principles.procurement).toMatchObject({ route: 'direct-award-possible', estimatedValue: 50_000 });
    expect(principles.procurement.joint).toMatchObject({
      suggested: true,
      reasons: ['several-areas', 'several-municipalities'],
      municipalities: ['Naapurikunta'],
    });
    // A general step (areas "all"): the land-use Oskari offering shares only a dimension and one
    // area with it, which no longer qualifies; the tag-sharing training does.
    expect(principles.general).toBe(true);
    expect(principles.matches.map((m) => m.offering.id)).toEqual(['api-training']);
    expect(ryhti.general).toBe(false);

    const analytics = steps.find((s) => s.id === 'open-data.general.analytics@0-1');
    if (!analytics || isOwnStep(analytics)) throw new Error('missing step');
    expect(analytics.ethicsQuestions.map((e) => e.id)).toEqual([
      'training-data',
      'automated-decisions',
      'bias',
    ]);
  });

  it('is deterministic and independent of the catalog order', () => {
    const again = evaluate(q, a, [...catalog].reverse(), {
      sharedWith: { 'open-apis.general.api-principles@1-2': ['Naapurikunta'] },
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });

  it('reports answers to items the questionnaire does not have and a questionnaire mismatch', () => {
    const stale = {
      ...a,
      questionnaire: { ...a.questionnaire, version: '0.9.0' },
      answers: { ...a.answers, 'open-data.general.gone': a.answers['open-data.general.analytics']! },
    };
    const r = evaluate(q, stale, []);
    expect(r.unknownAnswers).toEqual(['open-data.general.gone']);
    expect(r.questionnaire.matchesAssessment).toBe(false);
  });
});
