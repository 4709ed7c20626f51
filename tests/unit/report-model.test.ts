import { beforeAll, describe, expect, it } from 'vitest';
import { createEmptyAssessment } from '../../src/domain/assessment/create';
import type { Assessment } from '../../src/domain/assessment/schema';
import { evaluate, type Evaluation } from '../../src/domain/evaluate';
import type { Offering } from '../../src/domain/offering/schema';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { buildReportModel, fileSlug, previousDay, type ReportModel } from '../../src/domain/report/model';
import { allSteps, isOwnStep } from '../../src/domain/roadmap/edits';
import { displayScore } from '../../src/domain/scoring/levels';
import { defaultWorkshop } from '../../src/domain/workshop/edits';
import { messages } from '../../src/i18n/messages';
import { buildReportDocument } from '../../src/report/document';
import { createFormatter } from '../../src/report/format';
import { loadStarterCatalog } from '../../src/state/catalog';
import { loadDemoAssessment } from '../../src/state/demo';
import { loadQuestionnaire } from '../../src/state/questionnaires';

let questionnaire: Questionnaire;
let demo: Assessment;
let offerings: Offering[];
let evaluation: Evaluation;
let model: ReportModel;

beforeAll(async () => {
  questionnaire = await loadQuestionnaire('avoin-kunta');
  demo = await loadDemoAssessment('2026-11-26T09:00:00.000Z');
  offerings = (await loadStarterCatalog()).offerings;
  evaluation = evaluate(questionnaire, demo, offerings);
  model = buildReportModel(questionnaire, demo, evaluation, 'fi');
});

describe('report model of the demo assessment', () => {
  it('names the municipality, date, facilitator, participants, questionnaire and file', () => {
    expect(model.meta.municipality).toBe('Esimerkkilä (esimerkki)');
    expect(model.meta.municipalityOtherName).toBe('Exempelby (exempel)');
    expect(model.meta.date).toBe('2026-11-26');
    expect(model.meta.facilitator).toBe('Fanni Fasilitaattori');
    expect(model.meta.participants.map((p) => p.name)).toContain('Maija Meikäläinen');
    expect(model.meta.questionnaire).toMatchObject({ id: 'avoin-kunta', version: questionnaire.version });
    expect(model.meta.assessedWith).toBeNull();
    expect(model.meta.profile?.id).toBe('full');
    expect(model.meta.fileName).toBe('avoin-kunta-esimerkkila-esimerkki-2026-11-26.pdf');
  });

  it('copies every score from the engine, in both views', () => {
    const { scores } = evaluation;
    expect(model.overall.current.average).toBe(scores.overall.current.average.score);
    expect(model.overall.current.weakest).toBe(scores.overall.current.weakest.score);
    expect(model.overall.target.average).toBe(scores.overall.target.average.score);
    expect(model.overall.gap.average).toBe(scores.overall.gap.average);
    expect(model.overall.current.average).not.toBeNull();
    const pairs = [
      [model.dimensions, scores.dimensions],
      [model.areas, scores.areas],
      [model.phases, scores.phases],
    ] as const;
    for (const [rows, engineRows] of pairs) {
      expect(rows).toHaveLength(engineRows.length);
      rows.forEach((row, index) => {
        const engine = engineRows[index];
        expect(row.key).toBe(engine?.key);
        expect(row.current.average).toBe(engine?.current.average.score);
        expect(row.current.weakest).toBe(engine?.current.weakest.score);
        expect(row.current.level).toBe(engine?.current.average.level);
        expect(row.target.average).toBe(engine?.target.average.score);
        expect(row.gap.average).toBe(engine?.gap.average);
        expect(row.answered).toBe(engine?.current.average.answered);
        expect(row.weakEvidence).toBe(engine?.weakEvidence);
      });
    }
    expect(model.heatmap.cells.map((c) => c.score)).toEqual(scores.cells.map((c) => c.current.average.score));
    expect(model.progress).toEqual(evaluation.progress);
  });

  it('names the strongest and the weakest dimension by the current score', () => {
    const scored = evaluation.scores.dimensions.filter((d) => d.current.average.score !== null);
    const best = Math.max(...scored.map((d) => d.current.average.score ?? 0));
    const worst = Math.min(...scored.map((d) => d.current.average.score ?? 0));
    expect(model.summary.strongest?.current.average).toBe(best);
    expect(model.summary.weakest?.current.average).toBe(worst);
    expect(model.summary.strongest?.name).toBe(
      questionnaire.dimensions.find((d) => d.id === model.summary.strongest?.id)?.name.fi,
    );
  });

  it('lists the roadmap steps in the engine order, numbered, with their horizon, route and offerings', () => {
    const engine = evaluation.roadmap.horizons.flatMap((h) => h.steps.map((s) => [s.id, h.id]));
    const reported = model.roadmap.horizons.flatMap((h) => h.steps.map((s) => [s.id, s.placement]));
    expect(reported).toEqual(engine);
    expect(model.roadmap.steps.map((s) => s.number)).toEqual(model.roadmap.steps.map((_, i) => i + 1));
    expect(model.roadmap.dropped.map((s) => s.id)).toEqual(evaluation.roadmap.dropped.map((s) => s.id));
    for (const step of allSteps(evaluation.roadmap)) {
      if (isOwnStep(step)) continue;
      const report = [...model.roadmap.steps, ...model.roadmap.dropped].find((s) => s.id === step.id);
      expect(report?.procurement?.route).toBe(step.procurement.route);
      expect(report?.cost).toEqual(step.cost);
      expect(report?.matches.map((o) => o.id)).toEqual(step.matches.map((m) => m.offering.id));
      expect(report?.title).toBe(step.title.fi);
    }
    // the demo's own step and the group's owner and note are in the programme
    expect(model.roadmap.steps.some((s) => s.kind === 'own')).toBe(true);
    expect(model.roadmap.steps.some((s) => s.owner === 'Maija Meikäläinen')).toBe(true);
  });

  it('summarises the five highest-priority steps and the decisions the data calls for', () => {
    const computed = model.roadmap.steps.filter((s) => s.kind === 'action');
    const priorities = computed.map((s) => s.priority).sort((a, b) => b - a);
    expect(model.summary.topSteps).toHaveLength(5);
    expect(model.summary.topSteps.map((s) => s.priority)).toEqual(priorities.slice(0, 5));
    const kinds = model.summary.decisions.map((d) => d.kind);
    expect(kinds[0]).toBe('approve-programme');
    expect(kinds).toContain('resolve-unknowns');
    expect(model.summary.decisions.find((d) => d.kind === 'resolve-unknowns')).toMatchObject({
      count: evaluation.progress.unknown,
    });
  });

  it('carries the procurement thresholds in force on the assessment date with their sources', () => {
    expect(model.procurement.national).toMatchObject({ value: 60_000, current: true, validTo: null });
    expect(model.procurement.eu).toMatchObject({
      value: 216_000,
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
    });
    expect(model.procurement.national?.source.title).toContain('1397/2016');
    const total = Object.values(model.procurement.routes).reduce((a, b) => a + b, 0);
    expect(total).toBe(model.roadmap.steps.filter((s) => s.kind === 'action').length);
  });

  it('raises the ethics questions exactly when a planned step concerns analytics or automated decisions', () => {
    const ethical = model.roadmap.steps.filter((s) => s.ethics);
    expect(model.ethics !== null).toBe(ethical.length > 0);
    if (model.ethics) {
      expect(model.ethics.questions.map((q) => q.id)).toEqual([
        'training-data',
        'automated-decisions',
        'bias',
      ]);
      expect(model.ethics.steps.map((s) => s.id)).toEqual(ethical.map((s) => s.id));
    }
  });

  it('lists every in-scope item in the appendix with its answer, and groups findings by area', () => {
    expect(model.appendix.map((i) => i.id)).toEqual(evaluation.scope.items);
    const noted = model.appendix.filter((i) => i.notes !== '');
    expect(noted.length).toBeGreaterThan(0);
    const first = model.appendix[0];
    expect(first?.current).toEqual(demo.answers[first?.id ?? '']?.current);
    expect(model.findings[0]?.area).toBeNull();
    expect(model.findings.slice(1).map((f) => f.area?.id)).toEqual(evaluation.scope.areas);
    // general items are read once, in their own group, not under every area
    const general = model.appendix.filter((i) => i.areas === null).map((i) => i.id);
    for (const group of model.findings.slice(1)) {
      expect(group.gaps.some((i) => general.includes(i.id))).toBe(false);
    }
  });

  it('is worded in the language asked for', () => {
    const sv = buildReportModel(questionnaire, demo, evaluation, 'sv');
    expect(sv.meta.municipality).toBe('Exempelby (exempel)');
    expect(sv.dimensions.map((d) => d.name)).toEqual(questionnaire.dimensions.map((d) => d.name.sv));
    expect(sv.meta.fileName).toBe('avoin-kunta-exempelby-exempel-2026-11-26.pdf');
    const en = buildReportModel(questionnaire, demo, evaluation, 'en');
    expect(en.meta.municipality).toBe('Esimerkkilä (example)');
    expect(en.roadmap.steps.find((s) => s.kind === 'action')?.title).toBe(
      questionnaire.items
        .flatMap((i) => i.actions)
        .find((a) => a.text.fi === model.roadmap.steps.find((s) => s.kind === 'action')?.title)?.text.en,
    );
  });
});

describe('report document', () => {
  it('has every section in order, in each language, with the numbers of the model', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const m = buildReportModel(questionnaire, demo, evaluation, language);
      const doc = buildReportDocument(m, messages[language].report);
      const ids = doc.sections.map((s) => s.id);
      expect(ids).toEqual([
        'summary',
        'method',
        'results',
        'findings',
        'programme',
        'offerings',
        'procurement',
        ...(m.ethics ? ['ethics'] : []),
        'appendix',
        'network',
      ]);
      const r = messages[language].report;
      expect(doc.sections.map((s) => s.title)).toContain(r.sections.programme);
      expect(doc.cover.municipality).toBe(m.meta.municipality);
      expect(doc.fileName).toBe(m.meta.fileName);
      const figures = doc.sections[0]?.blocks.find((b) => b.kind === 'figures');
      // rounded down as on the results screen: a shown score never reaches a level not earned
      const score = new Intl.NumberFormat(language === 'en' ? 'en-GB' : `${language}-FI`, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(displayScore(m.overall.current.average ?? 0));
      expect(figures?.kind === 'figures' && figures.items[0]?.value).toBe(`${score} / 5`);
      const text = JSON.stringify([doc.cover, doc.sections, doc.properties, doc.header]);
      expect(text).toContain('avoinkunta@coss.fi');
      // every placeholder is filled (the footer's page template is filled per page by the renderer)
      expect(text).not.toMatch(/\{\{\w+\}\}/);
      expect(doc.footer.pageTemplate).toMatch(/\{\{page\}\}.*\{\{pages\}\}/);
    }
  });

  it('puts each horizon’s steps in a table of its own and the offerings with their licences', () => {
    const doc = buildReportDocument(model, messages.fi.report);
    const programme = doc.sections.find((s) => s.id === 'programme');
    const tables = programme?.blocks.filter((b) => b.kind === 'table') ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(3);
    const nowTable = tables[0];
    const nowSteps = model.roadmap.horizons[0]?.steps ?? [];
    expect(nowTable?.kind === 'table' && nowTable.rows.length).toBe(nowSteps.length);
    const offeringTables =
      doc.sections.find((s) => s.id === 'offerings')?.blocks.filter((b) => b.kind === 'table') ?? [];
    const [byStep, details] = offeringTables;
    // every step with matches has a row naming its offerings …
    expect(byStep?.kind === 'table' && byStep.rows.length).toBe(model.offerings.steps.length);
    // … and every matched offering is described once, with its SPDX licence and what is not open
    expect(details?.kind === 'table' && details.rows.length).toBe(model.offerings.catalog.length);
    const licences = JSON.stringify(details);
    for (const offer of model.offerings.catalog) {
      expect(licences).toContain(offer.licence.spdx ?? messages.fi.report.offerings.unconfirmed);
    }
  });
});

describe('report model of a fresh quick assessment', () => {
  it('builds without scores or steps and says so', () => {
    const fresh = createEmptyAssessment({
      id: 'fresh',
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      municipality: { code: '638', name: { fi: 'Porvoo', sv: 'Borgå' } },
      date: '2026-11-26',
      scope: {
        areas: ['land-use', 'information-management'],
        phases: ['strategy', 'development'],
        profile: 'quick',
      },
      now: '2026-11-26T09:00:00.000Z',
    });
    const result = evaluate(questionnaire, fresh, offerings);
    const fi = buildReportModel(questionnaire, fresh, result, 'fi');
    expect(fi.overall.current.average).toBeNull();
    expect(fi.roadmap.steps).toEqual([]);
    expect(fi.summary.decisions.map((d) => d.kind)).toEqual(['finish-answers']);
    expect(fi.ethics).toBeNull();
    const doc = buildReportDocument(fi, messages.fi.report);
    expect(JSON.stringify(doc)).toContain(messages.fi.report.summary.noScores);
    // one question of the quick set concerns information management only: the heatmap says why
    // its two rows look alike; the demo's full set tells its eight areas apart
    expect(fi.heatmap.areaSpecific).toBe(1);
    expect(JSON.stringify(doc)).toContain(
      `Vain 1/${result.scores.items.length} arvioinnin kysymyksestä koskee osaa palvelualueista`,
    );
    expect(model.heatmap.areaSpecific).toBeGreaterThan(model.heatmap.rows.length);
    expect(JSON.stringify(buildReportDocument(model, messages.fi.report))).not.toContain(
      'koskee osaa palvelualueista',
    );
    expect(buildReportModel(questionnaire, fresh, result, 'sv').meta.fileName).toBe(
      'avoin-kunta-borga-2026-11-26.pdf',
    );
  });
});

describe('report wording', () => {
  it('shows scores rounded down to one decimal, as the results screen does', () => {
    const fi = createFormatter('fi');
    expect(fi.score(1.98)).toBe('1,9');
    expect(fi.score(2.0)).toBe('2,0');
    expect(fi.score(2.1)).toBe('2,1');
    expect(fi.score(null)).toBe('–');
    expect(createFormatter('en').score(3.96)).toBe('3.9');
    // a priority is no score: it rounds to nearest
    expect(fi.decimal(16.96)).toBe('17,0');
  });

  it('names the column by what it holds: the level reached, what changes', () => {
    const doc = buildReportDocument(model, messages.fi.report);
    const programme = doc.sections.find((s) => s.id === 'programme');
    const now = programme?.blocks.find((b) => b.kind === 'table');
    expect(now?.kind === 'table' && now.columns.map((c) => c.header)).toEqual([
      'Nro',
      'Askel',
      'Mitä muuttuu',
      'Työmäärä',
      'Määräaika',
      'Hankintareitti',
      'Vastuu',
    ]);
    expect(JSON.stringify(programme)).toContain('Mitä muuttuu -sarake kertoo');
    expect(JSON.stringify(doc)).not.toMatch(/pudot/i);
    // the service areas of a step are told under its title
    const first = now?.kind === 'table' ? now.rows[0] : undefined;
    expect(first?.kind !== 'group' && first?.cells[1]?.sub).toMatch(/Kaikki palvelualueet|Palvelualueet: /);
  });

  it('words whose assessment the report rests on by the case, and keeps the accessible-version note for the PDF', () => {
    const r = messages.fi.report;
    const noteOf = (assessment: Assessment) =>
      buildReportDocument(buildReportModel(questionnaire, assessment, evaluation, 'fi'), r).cover;
    expect(noteOf(demo).note).toBe(r.cover.noteGroup);
    expect(noteOf({ ...demo, participants: demo.participants.slice(0, 1) }).note).toBe(r.cover.noteOne);
    expect(noteOf({ ...demo, participants: [] }).note).toBe(r.cover.noteNone);
    const workshop = noteOf({ ...demo, workshop: defaultWorkshop(questionnaire, demo) });
    expect(workshop.note).toBe(r.cover.noteWorkshop);
    expect(noteOf(demo).pdfNote).toBe(r.cover.accessibleVersion);
    expect(noteOf(demo).note).not.toContain('HTML');
  });
});

describe('helpers', () => {
  it('makes file-name slugs and inclusive horizon ends', () => {
    expect(fileSlug('Mänttä-Vilppula')).toBe('mantta-vilppula');
    expect(fileSlug('Pedersöre')).toBe('pedersore');
    expect(fileSlug('???')).toBe('kunta');
    expect(previousDay('2027-03-01')).toBe('2027-02-28');
    expect(previousDay('2028-01-01')).toBe('2027-12-31');
  });
});
