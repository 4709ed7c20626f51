import { assessmentSchema } from '../../src/domain/assessment/schema';
import { resolveScope } from '../../src/domain/assessment/scope';
import { evaluate } from '../../src/domain/evaluate';
import { demoAssessmentId, loadDemoAssessment } from '../../src/state/demo';
import { loadQuestionnaire } from '../../src/state/questionnaires';

const now = '2026-11-26T09:00:00.000Z';

describe('demo assessment of Esimerkkilä', () => {
  it('is a valid assessment file, labelled as example data', async () => {
    const demo = await loadDemoAssessment(now);
    const parsed = assessmentSchema.safeParse(demo);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(demo.id).toBe(demoAssessmentId);
    expect(demo.municipality.code).toBe('000');
    expect(demo.municipality.name.fi).toContain('esimerkki');
    expect(demo.municipality.name.sv).toContain('exempel');
    expect(demo.date).toBe('2026-11-26');
    expect(demo.createdAt).toBe(now);
    expect(demo.participants).toHaveLength(4);
    expect(demo.participants.every((p) => p.role !== '')).toBe(true);
    expect(demo.facilitator).not.toBe('');
  });

  it('answers every item of the full profile, with some "not applicable" and "don\'t know"', async () => {
    const [demo, questionnaire] = await Promise.all([
      loadDemoAssessment(now),
      loadQuestionnaire('avoin-kunta'),
    ]);
    const full = resolveScope(questionnaire, demo.scope);
    expect(demo.scope.profile).toBe('full');
    expect(full.items.length).toBe(questionnaire.items.length);
    const answers = full.items.map((s) => demo.answers[s.item.id]);
    expect(answers.every((a) => a !== undefined && a.current !== null)).toBe(true);
    expect(Object.keys(demo.answers).sort()).toEqual(full.items.map((s) => s.item.id).sort());

    const values = answers.map((a) => a?.current);
    expect(values.filter((v) => v === 'not-applicable').length).toBeGreaterThanOrEqual(2);
    expect(values.filter((v) => v === 'unknown').length).toBeGreaterThanOrEqual(2);
    const noted = answers.filter((a) => (a?.notes ?? '') !== '');
    expect(noted.length).toBeGreaterThanOrEqual(12);
    expect(noted.length).toBeLessThanOrEqual(18);
    expect(new Set(answers.map((a) => a?.confidence)).size).toBeGreaterThanOrEqual(3);
  });

  it('is strong in open data and innovation, weak in open source, with targets above the current levels', async () => {
    const [demo, questionnaire] = await Promise.all([
      loadDemoAssessment(now),
      loadQuestionnaire('avoin-kunta'),
    ]);
    const levels = (dimension: string) =>
      questionnaire.items
        .filter((item) => item.dimension === dimension)
        .map((item) => demo.answers[item.id]?.current)
        .filter((v): v is number => typeof v === 'number');
    const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
    expect(mean(levels('open-data'))).toBeGreaterThan(mean(levels('open-source')) + 0.8);
    expect(mean(levels('open-innovation'))).toBeGreaterThan(mean(levels('open-source')) + 0.8);
    for (const level of levels('open-source')) expect(level).toBeLessThanOrEqual(3);

    // targets are one or two levels up, except where a statutory deadline asks for more
    const levelled = questionnaire.items
      .filter((item) => (item.deadlines ?? []).length === 0)
      .map((item) => demo.answers[item.id])
      .filter((a) => typeof a?.current === 'number');
    const raised = levelled.filter((a) => a?.target != null && a.target > (a.current as number));
    expect(raised.length / levelled.length).toBeGreaterThan(0.7);
    for (const a of raised) expect((a?.target as number) - (a?.current as number)).toBeLessThanOrEqual(2);
    for (const item of questionnaire.items) {
      const answer = demo.answers[item.id];
      for (const deadline of item.deadlines ?? []) {
        if (typeof answer?.current === 'number' && answer.current < deadline.level) {
          expect(answer.target).toBeGreaterThanOrEqual(deadline.level);
        }
      }
    }
  });

  it('is the same every time (seeded, no clock or Math.random)', async () => {
    const random = vi.spyOn(Math, 'random');
    const a = await loadDemoAssessment(now);
    const b = await loadDemoAssessment(now);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(random).not.toHaveBeenCalled();
  });

  it("gives a roadmap with steps in Now, Next and Later, and keeps the group's edits", async () => {
    const [demo, questionnaire] = await Promise.all([
      loadDemoAssessment(now),
      loadQuestionnaire('avoin-kunta'),
    ]);
    const evaluation = evaluate(questionnaire, demo, []);
    expect(evaluation.progress.unanswered).toBe(0);
    expect(evaluation.roadmap.horizons.map((h) => h.id)).toEqual(['now', 'next', 'later']);
    for (const horizon of evaluation.roadmap.horizons) expect(horizon.steps.length).toBeGreaterThan(0);

    // one step of Now has an owner, one step is dropped, the group added one of its own
    const owned = Object.keys(demo.roadmap.owners);
    expect(owned).toHaveLength(1);
    expect(evaluation.roadmap.horizons[0]?.steps.some((s) => s.id === owned[0] && s.owner !== '')).toBe(true);
    expect(evaluation.roadmap.dropped).toHaveLength(1);
    const steps = evaluation.roadmap.horizons.flatMap((h) => h.steps);
    expect(steps.some((s) => s.id === 'own-1')).toBe(true);

    // a tidy example: besides the "don't know" answers the group still has to find out, the only
    // warning is a horizon that statutory deadlines (Ryhti) fill beyond its capacity
    const kinds = new Set(evaluation.roadmap.issues.map((i) => i.kind));
    expect(kinds.has('unknown-current')).toBe(true);
    expect([...kinds].filter((kind) => kind !== 'unknown-current' && kind !== 'over-capacity')).toEqual([]);
    for (const issue of evaluation.roadmap.issues) {
      if (issue.kind !== 'over-capacity') continue;
      const horizon = evaluation.roadmap.horizons.find((h) => h.id === issue.horizon);
      const due =
        horizon?.steps.filter((s) => 'latestHorizon' in s && s.latestHorizon === issue.horizon) ?? [];
      expect(due.length).toBeGreaterThan(0);
    }
  });
});
