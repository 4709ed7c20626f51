import { levelColor } from '../domain/charts/colors';
import type { HorizonId } from '../domain/assessment/schema';
import type { AnswerValue } from '../domain/assessment/schema';
import type {
  AreaFindings,
  Decision,
  ItemReport,
  ProviderReport,
  ReportModel,
  ScoreSummary,
  StepReport,
  ThresholdReport,
} from '../domain/report/model';
import type { Placement } from '../domain/roadmap/horizons';
import { createFormatter, fill, plural, type Formatter } from './format';
import type { ReportMessages } from './messages';
import { column, numberCell, numberColumn, tableOf, type ColumnOf } from './table';
import { workshopSection } from './workshop';

/**
 * The report as a sequence of sections and blocks with every word in place: the one layout-free
 * description that both the PDF renderer and the printable HTML view draw. Neither adds content
 * of its own, so the PDF and its accessible HTML twin say the same thing.
 */

export type Tone = HorizonId | 'backlog' | 'dropped';

/** A table cell: a main text, an optional second line in smaller muted type, optional emphasis. */
export interface Cell {
  text: string;
  sub?: string;
  bold?: boolean;
  /** Background colour (hex) and the text colour that contrasts with it. */
  fill?: string;
  color?: string;
  align?: 'left' | 'right' | 'center';
  /**
   * Web addresses (http or https only) that stand as whole lines of `text` or `sub`: the PDF makes
   * each such line a link to it.
   */
  links?: string[];
}

export interface Column {
  header: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export type Row =
  | { kind?: 'row'; cells: Cell[]; tone?: Tone; header?: boolean }
  /** A full-width row that names the group of rows below it. */
  | { kind: 'group'; text: string; sub?: string; tone?: Tone };

export interface TableBlock {
  kind: 'table';
  caption: string;
  columns: Column[];
  rows: Row[];
  /** The first column names the row (a header cell in HTML). */
  rowHeaders?: boolean;
  /** Shown instead of the table when it has no rows. */
  empty?: string;
}

export interface RadarBlock {
  kind: 'radar';
  caption: string;
  description: string;
  axisHeader: string;
  axes: Array<{ id: string; label: string }>;
  series: Array<{
    id: 'current' | 'target';
    style: 'current' | 'target';
    label: string;
    values: Array<number | null>;
  }>;
}

export interface HeatmapBlock {
  kind: 'heatmap';
  caption: string;
  description: string;
  cornerHeader: string;
  rows: Array<{ id: string; label: string }>;
  columns: Array<{ id: string; label: string }>;
  cells: Array<Array<number | null>>;
  /** Items that apply per cell: tells "not answered yet" from "no questions" (heatmapGeometry). */
  applicable: number[][];
  legend: { title: string; levels: string[]; unanswered: string; noQuestions: string };
}

export interface BarsBlock {
  kind: 'bars';
  caption: string;
  nameHeader: string;
  valueHeader: string;
  targetHeader: string;
  legend: { current: string; target: string };
  items: Array<{
    label: string;
    value: number | null;
    target: number | null;
    text: string;
    targetText: string;
  }>;
}

export type Block =
  | { kind: 'heading'; text: string; id: string }
  | { kind: 'paragraph'; text: string; style?: 'lead' | 'muted' }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'facts'; items: Array<{ label: string; value: string }> }
  | { kind: 'figures'; items: Array<{ label: string; value: string; detail: string }> }
  | { kind: 'callout'; title: string; text: string; tone: 'info' | 'warning' }
  | { kind: 'links'; items: Array<{ label: string; href: string; text: string }> }
  | TableBlock
  | RadarBlock
  | HeatmapBlock
  | BarsBlock;

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

export interface ReportDocument {
  language: ReportModel['language'];
  fileName: string;
  properties: { title: string; subject: string; author: string; keywords: string; creator: string };
  /** Running header: municipality and report title on the left, date on the right. */
  header: { left: string; right: string };
  footer: { left: string; pageTemplate: string };
  cover: {
    kicker: string;
    title: string;
    municipality: string;
    otherName: string | null;
    date: string;
    facts: Array<{ label: string; value: string }>;
    participants: TableBlock;
    /** Whose assessment the report rests on: a workshop, a group, one person. */
    note: string;
    /** For the PDF only: where the accessible version of the same content is. */
    pdfNote: string;
  };
  sections: Section[];
  /** Heading ids for the table of contents and the PDF outline, with the section each is in. */
  outline: Array<{ id: string; title: string; level: 1 | 2 }>;
}

const dash = '–';

/** Texts that depend only on the messages and the formatter. */
function vocabulary(m: ReportMessages, fmt: Formatter, model: ReportModel) {
  const scale = new Map(model.method.scale.map((s) => [s.level, s.label]));
  const levelName = (level: number | null): string =>
    level === null
      ? dash
      : fill(m.labels.levelNamed, { level, label: scale.get(level as never) ?? String(level) });
  const answer = (value: AnswerValue | null): string => {
    if (value === null) return m.labels.unanswered;
    if (value === 'unknown') return m.labels.unknown;
    if (value === 'not-applicable') return m.labels.notApplicable;
    return fill(m.labels.levelShort, { level: value, label: scale.get(value) ?? '' });
  };
  const placement = (p: Placement): string => m.horizons[p];
  const effort = (e: StepReport['effort']): string => (e === null ? dash : m.effort[e]);
  const confidence = (c: ItemReport['confidence']): string => (c === null ? dash : m.confidence[c]);
  const route = (step: StepReport): Pick<Cell, 'text' | 'sub'> =>
    step.procurement && step.cost
      ? { text: m.routes[step.procurement.route], sub: fmt.euroRange(step.cost.min, step.cost.max) }
      : { text: dash };
  const deadline = (step: StepReport): Pick<Cell, 'text' | 'sub' | 'bold'> => {
    const first = [...step.deadlines].sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    if (!first) return { text: dash };
    // the reason is told in the What changes column; here the date, and whether it has passed
    return { text: fmt.date(first.date), bold: true, ...(first.overdue && { sub: m.labels.overdue }) };
  };
  const scopeAreas = model.meta.areas.length;
  const everyArea = (step: StepReport): boolean => step.areas.length === scopeAreas && scopeAreas > 1;
  // a step for every area in scope says so, rather than listing eight names in a narrow column
  const areasOf = (step: StepReport): string =>
    step.areas.length === 0
      ? dash
      : everyArea(step)
        ? fill(m.labels.everyArea, { count: scopeAreas })
        : names(step.areas);
  return { levelName, answer, placement, effort, confidence, route, deadline, areasOf, everyArea };
}

const names = (refs: ReadonlyArray<{ name: string }>) => refs.map((r) => r.name).join(', ');

/** Whether `address` is an absolute http or https URL: nothing else becomes a link in the report. */
export function isWebAddress(address: string): boolean {
  if (!/^https?:\/\//i.test(address)) return false;
  try {
    const { protocol } = new URL(address);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The `links` of a cell whose lines include `addresses`: only the web addresses among them. */
function withLinks(addresses: readonly string[]): Pick<Cell, 'links'> {
  const links = addresses.filter(isWebAddress);
  return links.length > 0 ? { links } : {};
}

/** The columns that the tables of steps share, by what they show. */
function stepColumns(m: ReportMessages, v: Vocabulary) {
  const p = m.programme;
  type StepColumn = (width: number) => ColumnOf<StepReport>;
  const columns = {
    number: ((width) => numberColumn(p.number, width)) as StepColumn,
    title: ((width) => column(p.step, width, (s) => ({ text: s.title }))) as StepColumn,
    horizon: ((width) => column(p.horizon, width, (s) => ({ text: v.placement(s.placement) }))) as StepColumn,
    areas: ((width) => column(p.areas, width, (s) => ({ text: v.areasOf(s) }))) as StepColumn,
    effort: ((width) => column(p.effort, width, (s) => ({ text: v.effort(s.effort) }))) as StepColumn,
    deadline: ((width) => column(p.deadline, width, v.deadline)) as StepColumn,
    route: ((width) => column(p.route, width, v.route)) as StepColumn,
  };
  return columns;
}

/** The report, worded in `model.language` with `messages` (the `report` messages of that language). */
export function buildReportDocument(model: ReportModel, messages: ReportMessages): ReportDocument {
  const m = messages;
  const fmt = createFormatter(model.language);
  const v = vocabulary(m, fmt, model);
  const meta = model.meta;
  const date = fmt.longDate(meta.date);

  // --- Cover
  const participants = tableOf(
    m.cover.participants,
    meta.participants,
    [
      column(m.cover.participantName, 1, (p) => ({ text: p.name })),
      column(m.cover.participantRole, 1, (p) => ({ text: p.role || dash })),
    ],
    { rowHeaders: true, empty: m.cover.noParticipants },
  );
  const cover: ReportDocument['cover'] = {
    kicker: m.doc.kicker,
    title: m.doc.title,
    municipality: meta.municipality,
    otherName: meta.municipalityOtherName,
    date,
    facts: [
      { label: m.cover.date, value: date },
      { label: m.cover.facilitator, value: meta.facilitator || m.cover.noFacilitator },
      {
        label: m.cover.questionnaire,
        value: fill(m.cover.questionnaireVersion, {
          title: meta.questionnaire.title,
          version: meta.questionnaire.version,
        }),
      },
      {
        label: m.cover.profile,
        value: fill(m.cover.profileItems, {
          profile: meta.profile?.name ?? dash,
          count: model.progress.total,
        }),
      },
      { label: m.cover.areas, value: names(meta.areas) || dash },
      { label: m.cover.phases, value: names(meta.phases) || dash },
    ],
    participants,
    note: coverNote(model, m),
    pdfNote: m.cover.accessibleVersion,
  };

  const sections: Section[] = [
    summarySection(model, m, fmt, v),
    ...(model.workshop ? [workshopSection(model.workshop, m, fmt, v.answer)] : []),
    methodSection(model, m, fmt),
    resultsSection(model, m, fmt),
    findingsSection(model, m, fmt, v),
    programmeSection(model, m, fmt, v),
    offeringsSection(model, m, fmt, v),
    procurementSection(model, m, fmt, v),
    ...(model.ethics ? [ethicsSection(model, m, v)] : []),
    appendixSection(model, m, v),
    networkSection(model, m),
  ];

  const outline: ReportDocument['outline'] = [];
  for (const section of sections) {
    outline.push({ id: section.id, title: section.title, level: 1 });
    for (const block of section.blocks)
      if (block.kind === 'heading') outline.push({ id: block.id, title: block.text, level: 2 });
  }

  return {
    language: model.language,
    fileName: meta.fileName,
    properties: {
      title: `${m.doc.title} – ${meta.municipality}`,
      subject: fill(m.doc.subject, { municipality: meta.municipality, date }),
      author: meta.facilitator ? `${meta.facilitator} · ${m.doc.creator}` : m.doc.creator,
      keywords: m.doc.keywords,
      creator: m.doc.creator,
    },
    header: { left: `${meta.municipality} · ${m.doc.title}`, right: date },
    footer: { left: m.doc.footer, pageTemplate: m.doc.page },
    cover,
    sections,
    outline,
  };
}

type Vocabulary = ReturnType<typeof vocabulary>;

/** Whose assessment the report rests on, worded by the case: a workshop, a group or one person. */
function coverNote(model: ReportModel, m: ReportMessages): string {
  if (model.workshop) return m.cover.noteWorkshop;
  const people = model.meta.participants.length;
  if (people > 1) return m.cover.noteGroup;
  return people === 1 ? m.cover.noteOne : m.cover.noteNone;
}

function scoreTable(
  caption: string,
  nameHeader: string,
  rows: readonly ScoreSummary[],
  m: ReportMessages,
  fmt: Formatter,
): TableBlock {
  const r = m.results;
  const right = (header: string, width: number, text: (row: ScoreSummary) => string) =>
    column<ScoreSummary>(header, width, (row) => ({ text: text(row), align: 'right' }), 'right');
  return tableOf(
    caption,
    rows,
    [
      column(nameHeader, 2.4, (row) => ({ text: row.name, bold: true })),
      right(r.current, 1, (row) => fmt.score(row.current.average)),
      column(
        r.level,
        0.75,
        ({ current: { level } }) => ({
          text: level === null ? dash : String(level),
          align: 'center',
          bold: true,
          ...(level !== null && { fill: levelColor(level) }),
        }),
        'center',
      ),
      right(r.weakest, 1.05, (row) => fmt.score(row.current.weakest)),
      right(r.target, 0.85, (row) => fmt.score(row.target.average)),
      right(r.gap, 0.9, (row) => fmt.gap(row.gap.average)),
      // wide enough that "en osaa sanoa 2" and "matala varmuus 20 %" stay on one line
      column(
        r.answered,
        1.5,
        (row) => ({
          text: `${row.answered} / ${row.total}`,
          align: 'right',
          ...(row.unknown > 0 && { sub: fill(r.unknownCount, { count: row.unknown }) }),
        }),
        'right',
      ),
      column(r.flag, 2.15, (row) => ({
        text: row.weakEvidence ? r.weakEvidence : dash,
        bold: row.weakEvidence,
        ...(row.lowConfidenceShare > 0 && {
          sub: fill(r.lowConfidenceShare, { share: fmt.percent(row.lowConfidenceShare) }),
        }),
      })),
    ],
    { rowHeaders: true },
  );
}

function decisionText(decision: Decision, m: ReportMessages, fmt: Formatter): string {
  const d = m.decisions;
  switch (decision.kind) {
    case 'approve-programme':
      return fill(d.approveProgramme, { now: decision.now, next: decision.next, later: decision.later });
    case 'assign-owners':
      return plural(d, 'assignOwners', decision.count);
    case 'prepare-tendering':
      return plural(d, 'prepareTendering', decision.count, {
        threshold: decision.threshold === null ? dash : fmt.euros(decision.threshold),
      });
    case 'joint-procurement':
      return plural(d, 'jointProcurement', decision.count);
    case 'ethics':
      return plural(d, 'ethics', decision.count);
    case 'deadlines':
      return plural(d, 'deadlines', decision.count);
    case 'backlog':
      return plural(d, 'backlog', decision.count);
    case 'resolve-unknowns':
      return plural(d, 'resolveUnknowns', decision.count);
    case 'finish-answers':
      return plural(d, 'finishAnswers', decision.count);
    case 'confirm-low-confidence':
      return plural(d, 'confirmLowConfidence', decision.count);
  }
}

function summarySection(model: ReportModel, m: ReportMessages, fmt: Formatter, v: Vocabulary): Section {
  const s = m.summary;
  const { overall, progress, summary } = model;
  const blocks: Block[] = [];
  blocks.push({
    kind: 'figures',
    items: [
      {
        label: s.overallLevel,
        value: `${fmt.score(overall.current.average)} / 5`,
        detail: v.levelName(overall.current.level),
      },
      {
        label: s.weakestLink,
        value: `${fmt.score(overall.current.weakest)} / 5`,
        detail: v.levelName(overall.current.weakestLevel),
      },
      {
        label: s.target,
        value: `${fmt.score(overall.target.average)} / 5`,
        detail: fill(s.gapDetail, { gap: fmt.gap(overall.gap.average) }),
      },
      {
        label: s.answered,
        value: `${progress.answered} / ${progress.total}`,
        detail: fill(s.answeredDetail, { unknown: progress.unknown, notApplicable: progress.notApplicable }),
      },
    ],
  });
  if (overall.current.average === null) {
    blocks.push({ kind: 'paragraph', text: s.noScores });
  } else {
    const parts = [
      fill(s.overallSentence, {
        score: fmt.score(overall.current.average),
        level: v.levelName(overall.current.level),
      }),
    ];
    if (summary.strongest && summary.weakest) {
      parts.push(
        fill(s.strongestWeakest, {
          strongest: summary.strongest.name,
          strongestScore: fmt.score(summary.strongest.current.average),
          weakest: summary.weakest.name,
          weakestScore: fmt.score(summary.weakest.current.average),
        }),
      );
    }
    blocks.push({ kind: 'paragraph', text: parts.join(' '), style: 'lead' });
  }
  if (overall.weakEvidence)
    blocks.push({ kind: 'callout', tone: 'warning', title: m.results.weakEvidence, text: s.weakEvidence });
  // without any score the bars would be empty rows: the sentence above says so instead
  if (overall.current.average !== null) {
    blocks.push({
      kind: 'bars',
      caption: s.dimensionsCaption,
      nameHeader: m.results.dimension,
      valueHeader: m.results.current,
      targetHeader: m.results.target,
      legend: { current: m.results.currentSeries, target: m.results.targetSeries },
      items: summary.dimensionsRanked.map((d) => ({
        label: d.name,
        value: d.current.average,
        target: d.target.average,
        text: fmt.score(d.current.average),
        targetText: fmt.score(d.target.average),
      })),
    });
  }
  const c = stepColumns(m, v);
  blocks.push(
    tableOf(
      fill(s.topSteps, { count: summary.topSteps.length }),
      summary.topSteps,
      [
        c.number(0.6),
        c.title(5.8),
        column(m.programme.horizon, 1.55, (step) => ({ text: v.placement(step.placement), bold: true })),
        c.effort(1.45),
        c.route(2.1),
      ],
      { empty: s.noSteps, tone: (step) => step.placement },
    ),
  );
  blocks.push({ kind: 'heading', text: s.decideNext, id: 'summary-decide' });
  blocks.push(
    summary.decisions.length > 0
      ? { kind: 'list', items: summary.decisions.map((d) => decisionText(d, m, fmt)) }
      : { kind: 'paragraph', text: s.nothingToDecide },
  );
  return { id: 'summary', title: m.sections.summary, blocks };
}

function methodSection(model: ReportModel, m: ReportMessages, fmt: Formatter): Section {
  const t = m.method;
  const method = model.method;
  const horizons = method.horizons.map((h) =>
    fill(t.horizon, { name: m.horizons[h.id], from: h.fromMonth, to: h.toMonth }),
  );
  const w = method.matchWeights;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: fill(t.intro, {
        questionnaire: model.meta.questionnaire.title,
        version: model.meta.questionnaire.version,
      }),
    },
    tableOf(
      t.scaleCaption,
      method.scale,
      [
        column(
          m.results.level,
          0.7,
          (s) => ({ text: String(s.level), bold: true, align: 'center', fill: levelColor(s.level) }),
          'center',
        ),
        column(t.scaleLabel, 1.6, (s) => ({ text: s.label, bold: true })),
        column(t.scaleMeaning, 6, (s) => ({ text: s.meaning })),
      ],
      { rowHeaders: true },
    ),
    { kind: 'heading', text: t.viewsTitle, id: 'method-views' },
    { kind: 'paragraph', text: t.average },
    { kind: 'paragraph', text: t.weakest },
    { kind: 'paragraph', text: t.levelRule },
    { kind: 'paragraph', text: t.target },
    { kind: 'heading', text: t.confidenceTitle, id: 'method-confidence' },
    {
      kind: 'paragraph',
      text: fill(t.confidence, {
        level: method.weakEvidenceLevel,
        share: method.weakEvidenceShare,
        flag: m.results.weakEvidence,
      }),
    },
    { kind: 'heading', text: t.answersTitle, id: 'method-answers' },
    {
      kind: 'facts',
      items: [
        { label: m.labels.notApplicable, value: t.notApplicable },
        { label: m.labels.unknown, value: t.unknown },
        { label: m.labels.unanswered, value: t.unanswered },
      ],
    },
    { kind: 'heading', text: t.programmeTitle, id: 'method-programme' },
    { kind: 'paragraph', text: t.steps },
    { kind: 'paragraph', text: fill(t.horizons, { horizons: fmt.list(horizons) }) },
    {
      kind: 'paragraph',
      text: fill(t.priority, {
        s: method.effortPoints.S,
        m: method.effortPoints.M,
        l: method.effortPoints.L,
      }),
    },
    {
      kind: 'paragraph',
      text: fill(t.matching, {
        tag: w.tag,
        dimension: w.dimension,
        area: w.specificArea,
        allAreas: w.allAreas,
        phase: w.phase,
        max: method.maxMatches,
      }),
    },
  ];
  if (model.meta.assessedWith) {
    blocks.push({
      kind: 'callout',
      tone: 'warning',
      title: t.versionTitle,
      text: fill(t.versionMismatch, {
        assessed: `${model.meta.assessedWith.id} ${model.meta.assessedWith.version}`,
        used: `${model.meta.questionnaire.id} ${model.meta.questionnaire.version}`,
      }),
    });
  }
  return { id: 'method', title: m.sections.method, blocks };
}

function resultsSection(model: ReportModel, m: ReportMessages, fmt: Formatter): Section {
  const r = m.results;
  const byArea = new Map(model.heatmap.cells.map((c) => [`${c.area}/${c.dimension}`, c]));
  const flagged = [...model.dimensions, ...model.areas, ...model.phases].filter((row) => row.weakEvidence);
  const blocks: Block[] = [
    { kind: 'paragraph', text: r.intro },
    {
      kind: 'radar',
      caption: r.radarCaption,
      description: r.radarDescription,
      axisHeader: r.dimension,
      axes: model.dimensions.map((d) => ({ id: d.id, label: d.name })),
      series: [
        {
          id: 'current',
          style: 'current',
          label: r.currentSeries,
          values: model.dimensions.map((d) => d.current.average),
        },
        {
          id: 'target',
          style: 'target',
          label: r.targetSeries,
          values: model.dimensions.map((d) => d.target.average),
        },
      ],
    },
    {
      kind: 'heatmap',
      caption: r.heatmapCaption,
      description: r.heatmapDescription,
      cornerHeader: r.area,
      rows: model.heatmap.rows.map((a) => ({ id: a.id, label: a.name })),
      columns: model.heatmap.columns.map((d) => ({ id: d.id, label: d.name })),
      cells: model.heatmap.rows.map((a) =>
        model.heatmap.columns.map((d) => byArea.get(`${a.id}/${d.id}`)?.score ?? null),
      ),
      applicable: model.heatmap.rows.map((a) =>
        model.heatmap.columns.map((d) => byArea.get(`${a.id}/${d.id}`)?.applicable ?? 0),
      ),
      legend: {
        title: r.legendTitle,
        levels: model.method.scale.map((s) => `${s.level} ${s.label}`),
        unanswered: r.heatmapUnanswered,
        noQuestions: r.heatmapNoQuestions,
      },
    },
    ...(model.heatmap.rows.length > 1 && model.heatmap.areaSpecific < model.heatmap.rows.length
      ? [
          {
            kind: 'paragraph' as const,
            text: fill(r.heatmapFewAreaSpecific, {
              count: fmt.integer(model.heatmap.areaSpecific),
              total: fmt.integer(model.heatmap.items),
            }),
          },
        ]
      : []),
    { kind: 'heading', text: r.dimensionsTitle, id: 'results-dimensions' },
    scoreTable(r.dimensionsTitle, r.dimension, [model.overall, ...model.dimensions], m, fmt),
    { kind: 'heading', text: r.areasTitle, id: 'results-areas' },
    scoreTable(r.areasTitle, r.area, model.areas, m, fmt),
    { kind: 'heading', text: r.phasesTitle, id: 'results-phases' },
    scoreTable(r.phasesTitle, r.phase, model.phases, m, fmt),
    {
      kind: 'paragraph',
      style: 'muted',
      text:
        flagged.length > 0
          ? fill(r.flaggedList, { names: fmt.list(flagged.map((row) => row.name)) })
          : r.noFlags,
    },
  ];
  // the first row of the dimension table is the overall score: name it so
  const dimensionTable = blocks.find(
    (b): b is TableBlock => b.kind === 'table' && b.caption === r.dimensionsTitle,
  );
  const overallRow = dimensionTable?.rows[0];
  if (overallRow && overallRow.kind !== 'group') {
    const first = overallRow.cells[0];
    if (first) first.text = r.overall;
  }
  return { id: 'results', title: m.sections.results, blocks };
}

/**
 * A question as the report names it: its text, then its dimension and areas. The item's id is left
 * out: it is for authors (the CSV export carries it), and in a narrow column it breaks mid-word.
 */
function itemCell(item: ItemReport, m: ReportMessages): Cell {
  const where = item.areas === null ? m.labels.allAreas : item.areas.map((a) => a.name).join(', ');
  return { text: item.question, sub: `${item.dimension.name} · ${where}` };
}

/** The columns that the tables of questionnaire items share. */
function itemColumns(m: ReportMessages, v: Vocabulary) {
  const a = m.appendix;
  type ItemColumn = (width: number) => ColumnOf<ItemReport>;
  return {
    number: ((width) => numberColumn(a.number, width)) as ItemColumn,
    item: ((width) => column(a.item, width, (item) => itemCell(item, m))) as ItemColumn,
    current: ((width) =>
      column(a.current, width, (item) => ({ text: v.answer(item.current) }))) as ItemColumn,
    confidence: ((width) =>
      column(a.confidence, width, (item) => ({ text: v.confidence(item.confidence) }))) as ItemColumn,
  };
}

function findingsSection(model: ReportModel, m: ReportMessages, fmt: Formatter, v: Vocabulary): Section {
  const f = m.findings;
  const a = m.appendix;
  const c = itemColumns(m, v);
  const blocks: Block[] = [{ kind: 'paragraph', text: f.intro }];
  const groups = model.findings.filter(
    (g) => g.gaps.length + g.notes.length + g.unknown.length + g.lowConfidence.length > 0 || g.score !== null,
  );
  groups.forEach((group: AreaFindings) => {
    const title = group.area ? group.area.name : f.general;
    blocks.push({ kind: 'heading', text: title, id: `findings-${group.area?.id ?? 'general'}` });
    if (group.score) {
      blocks.push({
        kind: 'paragraph',
        text: fill(f.areaScore, {
          current: fmt.score(group.score.current.average),
          weakest: fmt.score(group.score.current.weakest),
          target: fmt.score(group.score.target.average),
          gap: fmt.gap(group.score.gap.average),
        }),
      });
    } else {
      blocks.push({ kind: 'paragraph', text: f.generalIntro });
    }
    blocks.push(
      tableOf(
        fill(f.gapsCaption, { area: title }),
        group.gaps,
        [
          c.number(0.6),
          c.item(6),
          c.current(1.5),
          column(a.target, 1.5, (item) => ({ text: v.answer(item.target), bold: true })),
          c.confidence(1.3),
        ],
        { empty: f.noGaps },
      ),
    );
    if (group.notes.length > 0) {
      blocks.push(
        tableOf(fill(f.notesCaption, { area: title }), group.notes, [
          c.number(0.6),
          column(a.item, 3.4, (item) => ({ text: item.question })),
          column(a.notes, 4.6, (item) => notesCell(item, m)),
          column(a.evidence, 2.8, (item) => ({
            text: item.evidence.length > 0 ? item.evidence.join('\n') : dash,
            ...withLinks(item.evidence),
          })),
        ]),
      );
    }
    const extra: string[] = [];
    if (group.unknown.length > 0) {
      extra.push(fill(f.unknown, { items: group.unknown.map((i) => `${i.number}`).join(', ') }));
    }
    if (group.lowConfidence.length > 0) {
      extra.push(fill(f.lowConfidence, { items: group.lowConfidence.map((i) => `${i.number}`).join(', ') }));
    }
    if (extra.length > 0) blocks.push({ kind: 'paragraph', style: 'muted', text: extra.join(' ') });
  });
  return { id: 'findings', title: m.sections.findings, blocks };
}

function notesCell(item: ItemReport, m: ReportMessages): Cell {
  if (item.notes && item.rationale)
    return { text: item.notes, sub: `${m.appendix.rationale}: ${item.rationale}` };
  if (item.rationale) return { text: `${m.appendix.rationale}: ${item.rationale}` };
  return { text: item.notes || dash };
}

/** A step's title, and beneath it its dimensions, service areas, note and conflicts. */
function stepCell(step: StepReport, m: ReportMessages, v: Vocabulary): Cell {
  const details: string[] = [];
  if (step.dimensions.length > 0) details.push(step.dimensions.map((d) => d.name).join(', '));
  // the service areas here rather than in a column of their own: the programme table has eight
  // columns already, and a narrow one wraps every area name
  const areas = v.areasOf(step);
  if (areas !== dash) details.push(v.everyArea(step) ? areas : `${m.programme.areas}: ${areas}`);
  if (step.kind === 'own') details.push(m.programme.ownStep);
  if (step.note) details.push(`${m.programme.note}: ${step.note}`);
  if (step.conflicts.length > 0) details.push(step.conflicts.map((c) => m.conflicts[c]).join(' · '));
  return { text: step.title, bold: true, ...(details.length > 0 && { sub: details.join(' · ') }) };
}

function changesCell(step: StepReport, m: ReportMessages, v: Vocabulary): Cell {
  if (step.kind === 'own' || step.from === null || step.to === null) return { text: dash };
  const reasons = [fill(m.programme.lift, { from: v.levelName(step.from), to: v.levelName(step.to) })];
  if (step.quadrant) reasons.push(m.quadrants[step.quadrant]);
  if (step.ethics) reasons.push(m.programme.ethicsFlag);
  for (const reason of new Set(step.deadlines.map((d) => d.reason))) reasons.push(reason);
  return { text: step.outcome ?? dash, sub: reasons.join(' · ') };
}

function programmeSection(model: ReportModel, m: ReportMessages, fmt: Formatter, v: Vocabulary): Section {
  const p = m.programme;
  const c = stepColumns(m, v);
  const programme: Array<ColumnOf<StepReport>> = [
    // widths that keep the longest header and cell words whole in all three languages
    column(p.number, 0.7, (step) => numberCell(step.number || dash)),
    column(p.step, 3.6, (step) => stepCell(step, m, v)),
    column(p.changes, 3.4, (step) => changesCell(step, m, v)),
    c.effort(1.75),
    c.deadline(1.45),
    c.route(2.6),
    column(p.owner, 1.6, (step) => ({ text: step.owner || p.noOwner })),
  ];
  const blocks: Block[] = [{ kind: 'paragraph', text: p.intro }];
  if (model.roadmap.steps.length === 0) blocks.push({ kind: 'paragraph', text: p.noSteps });
  for (const horizon of model.roadmap.horizons) {
    const title = fill(p.horizonTitle, {
      name: m.horizons[horizon.id],
      from: horizon.fromMonth,
      to: horizon.toMonth,
    });
    blocks.push({ kind: 'heading', text: title, id: `programme-${horizon.id}` });
    blocks.push({
      kind: 'paragraph',
      style: 'muted',
      text: fill(p.horizonDates, {
        start: fmt.date(horizon.start),
        last: fmt.date(horizon.last),
        count: horizon.steps.length,
        capacity: horizon.capacity,
      }),
    });
    blocks.push(
      tableOf(title, horizon.steps, programme, {
        empty: p.emptyHorizon,
        tone: (step) => (step.dropped ? 'dropped' : step.placement),
      }),
    );
    if (horizon.overCapacity > 0) {
      blocks.push({
        kind: 'callout',
        tone: 'warning',
        title: p.overCapacityTitle,
        text: plural(p, 'overCapacity', horizon.overCapacity),
      });
    }
  }
  if (model.roadmap.backlog.length > 0) {
    blocks.push({ kind: 'heading', text: p.backlogTitle, id: 'programme-backlog' });
    blocks.push({ kind: 'paragraph', style: 'muted', text: p.backlogIntro });
    // beyond 36 months: the essentials only, so that a long backlog does not swamp the programme
    blocks.push(
      tableOf(
        p.backlogTitle,
        model.roadmap.backlog,
        [
          c.number(0.6),
          column(p.step, 4.6, (step) => {
            const changes = changesCell(step, m, v).sub;
            return { text: step.title, ...(changes && { sub: changes }) };
          }),
          c.areas(1.85),
          c.effort(1.5),
          c.deadline(1.3),
          c.route(2.35),
        ],
        { tone: () => 'backlog' },
      ),
    );
  }
  if (model.roadmap.dropped.length > 0) {
    blocks.push({ kind: 'heading', text: p.droppedTitle, id: 'programme-dropped' });
    blocks.push({ kind: 'paragraph', style: 'muted', text: p.droppedIntro });
    blocks.push({
      kind: 'list',
      items: model.roadmap.dropped.map((s) => `${s.title} (${v.areasOf(s)})`),
    });
  }
  return { id: 'programme', title: m.sections.programme, blocks };
}

function pricingText(
  o: StepReport['matches'][number],
  m: ReportMessages,
  fmt: Formatter,
): Pick<Cell, 'text' | 'sub'> {
  const label = m.pricing[o.pricing.model];
  const { from, to } = o.pricing;
  const details = [o.pricing.unit, o.pricing.note].filter((t): t is string => Boolean(t)).join(' · ');
  let text: string;
  // "Free" and "on quotation" say it all when no amount is given
  if (from === null && to === null) {
    text =
      o.pricing.model === 'quote' || o.pricing.model === 'free'
        ? label
        : `${label}: ${m.offerings.priceOnRequest}`;
  } else if (from !== null && to !== null) text = `${label}: ${fmt.euroRange(from, to)}`;
  else if (from !== null) text = `${label}: ${fill(m.offerings.priceFrom, { amount: fmt.euros(from) })}`;
  else text = `${label}: ${fill(m.offerings.priceUpTo, { amount: fmt.euros(to ?? 0) })}`;
  return { text, ...(details && { sub: details }) };
}

function licenceName(offer: StepReport['matches'][number], o: ReportMessages['offerings']): string {
  return offer.licence.spdx ?? (offer.licence.unconfirmed ? o.unconfirmed : o.noOpenLicence);
}

function providerLabel(provider: ProviderReport, m: ReportMessages): string {
  const marks = [m.providerKinds[provider.kind]];
  if (provider.example) marks.push(m.offerings.example);
  return `${provider.name} · ${marks.join(' · ')}`;
}

function offeringsSection(model: ReportModel, m: ReportMessages, fmt: Formatter, v: Vocabulary): Section {
  const o = m.offerings;
  const c = stepColumns(m, v);
  const blocks: Block[] = [
    { kind: 'paragraph', text: o.intro },
    { kind: 'callout', tone: 'info', title: o.orderTitle, text: o.order },
  ];
  blocks.push(
    tableOf(
      o.tableCaption,
      model.offerings.steps,
      [
        c.number(0.7),
        c.title(4.4),
        c.horizon(1.5),
        column(o.offerings, 4.2, (step) => ({ text: step.matches.map((offer) => offer.name).join(', ') })),
      ],
      { empty: o.noMatches, tone: (step) => step.placement },
    ),
  );
  blocks.push({ kind: 'heading', text: o.detailsTitle, id: 'offerings-details' });
  blocks.push(
    tableOf(
      o.detailsTitle,
      model.offerings.catalog,
      [
        column(o.offering, 2.5, (offer) => ({
          text: offer.name,
          bold: true,
          sub: `${m.offeringTypes[offer.type]} · ${providerLabel(offer.provider, m)}\n${fill(o.forSteps, { steps: offer.steps.join(', ') })}`,
        })),
        column(o.openParts, 3, (offer) => ({
          text: licenceName(offer, o),
          bold: offer.licence.spdx !== null,
          sub: offer.licence.open,
        })),
        column(o.closedParts, 2.4, (offer) => ({ text: offer.licence.closed ?? o.allOpen })),
        column(o.pricing, 2.2, (offer) => pricingText(offer, m, fmt)),
      ],
      { empty: o.noMatches, rowHeaders: true },
    ),
  );
  if (model.offerings.unmatched > 0) {
    blocks.push({
      kind: 'paragraph',
      style: 'muted',
      text: plural(o, 'unmatched', model.offerings.unmatched),
    });
  }
  blocks.push({ kind: 'heading', text: o.providersTitle, id: 'offerings-providers' });
  blocks.push(
    tableOf(
      o.providersTitle,
      model.offerings.providers,
      [
        column(o.provider, 2.3, (p) => ({
          text: p.name,
          bold: true,
          sub: [m.providerKinds[p.kind], ...(p.example ? [o.example] : [])].join(' · '),
        })),
        column(o.contact, 3.2, (p) => {
          const contact = [
            p.contact?.name,
            p.contact?.email,
            p.contact?.phone,
            p.url,
            p.businessId ? `${o.businessId} ${p.businessId}` : null,
          ].filter((t): t is string => Boolean(t));
          return {
            text: contact.length > 0 ? contact.join('\n') : o.noContact,
            ...withLinks(p.url ? [p.url] : []),
          };
        }),
        column(o.member, 1.3, (p) => ({ text: p.member ? o.memberYes : o.memberUnknown })),
        column(o.offerings, 2.4, (p) => ({ text: p.offerings.join(', ') })),
      ],
      { empty: o.noProviders, rowHeaders: true },
    ),
  );
  return { id: 'offerings', title: m.sections.offerings, blocks };
}

function thresholdsTable(national: Threshold, eu: Threshold, m: ReportMessages, fmt: Formatter): TableBlock {
  const p = m.procurement;
  type Level = { label: string; t: Threshold };
  // a level without a threshold in force shows a dash in every column
  const known = (cell: (t: ThresholdReport) => Cell) => (row: Level) =>
    row.t ? cell(row.t) : { text: dash };
  return tableOf<Level>(
    p.thresholdsCaption,
    [
      { label: p.national, t: national },
      { label: p.eu, t: eu },
    ],
    [
      column(p.level, 1.6, (row) => ({ text: row.label, bold: true })),
      column(
        p.value,
        1.3,
        known((t) => ({ text: fmt.euros(t.value), bold: true, align: 'right' })),
        'right',
      ),
      column(
        p.validity,
        1.9,
        known((t) => ({
          text: t.validTo
            ? fill(p.validRange, { from: fmt.date(t.validFrom), to: fmt.date(t.validTo) })
            : fill(p.validFrom, { from: fmt.date(t.validFrom) }),
          ...(!t.current && { sub: p.notCurrent }),
        })),
      ),
      column(
        p.source,
        4.2,
        known((t) => ({
          text: t.source.title,
          ...(t.source.url && { sub: t.source.url, ...withLinks([t.source.url]) }),
        })),
      ),
    ],
    { rowHeaders: true },
  );
}

type Threshold = ThresholdReport | null;

function procurementSection(model: ReportModel, m: ReportMessages, fmt: Formatter, v: Vocabulary): Section {
  const p = m.procurement;
  const c = stepColumns(m, v);
  const { national, eu, routes, joint } = model.procurement;
  const blocks: Block[] = [
    { kind: 'paragraph', text: fill(p.intro, { date: fmt.date(model.meta.date) }) },
    thresholdsTable(national, eu, m, fmt),
  ];
  if ((national && !national.current) || (eu && !eu.current)) {
    blocks.push({ kind: 'callout', tone: 'warning', title: p.checkTitle, text: p.check });
  }
  blocks.push({
    kind: 'facts',
    items: (['direct-award-possible', 'national-tendering', 'eu-tendering'] as const).map((route) => ({
      label: m.routes[route],
      value: plural(p, 'routeCount', routes[route]),
    })),
  });
  blocks.push({ kind: 'paragraph', text: p.routeExplained });
  blocks.push({ kind: 'heading', text: p.jointTitle, id: 'procurement-joint' });
  blocks.push({ kind: 'paragraph', text: p.jointIntro });
  blocks.push(
    tableOf(
      p.jointTitle,
      joint,
      [
        c.number(0.6),
        column(m.programme.step, 4.6, (step) => ({
          text: step.title,
          ...(step.procurement &&
            step.procurement.municipalities.length > 0 && {
              sub: fill(p.otherMunicipalities, { names: fmt.list(step.procurement.municipalities) }),
            }),
        })),
        c.areas(2.6),
        c.horizon(1.3),
        c.route(1.9),
      ],
      { empty: p.noJoint, tone: (step) => step.placement },
    ),
  );
  if (model.procurement.jointBacklog > 0) {
    blocks.push({
      kind: 'paragraph',
      style: 'muted',
      text: plural(p, 'jointBacklog', model.procurement.jointBacklog),
    });
  }
  return { id: 'procurement', title: m.sections.procurement, blocks };
}

function ethicsSection(model: ReportModel, m: ReportMessages, v: Vocabulary): Section {
  const e = m.ethics;
  const ethics = model.ethics;
  const c = stepColumns(m, v);
  const blocks: Block[] = [
    { kind: 'paragraph', text: e.intro },
    { kind: 'list', ordered: true, items: (ethics?.questions ?? []).map((q) => q.text) },
    tableOf(
      e.stepsCaption,
      ethics?.steps ?? [],
      [c.number(0.6), c.title(5.5), c.areas(2.4), c.horizon(1.4)],
      {
        tone: (step) => step.placement,
      },
    ),
  ];
  return { id: 'ethics', title: m.sections.ethics, blocks };
}

function appendixSection(model: ReportModel, m: ReportMessages, v: Vocabulary): Section {
  const a = m.appendix;
  const c = itemColumns(m, v);
  return {
    id: 'appendix',
    title: m.sections.appendix,
    blocks: [
      { kind: 'paragraph', text: fill(a.intro, { count: model.appendix.length }) },
      tableOf(
        a.caption,
        model.appendix,
        [
          c.number(0.6),
          c.item(4.1),
          c.current(1.45),
          column(a.target, 1.45, (item) => ({
            text: item.targetSet === null ? (item.target === null ? dash : a.keep) : v.answer(item.targetSet),
          })),
          c.confidence(1.35),
          column(a.notesAndEvidence, 3.55, (item) => {
            const notes = notesCell(item, m);
            const evidence = item.evidence.join('\n');
            return {
              text: notes.text,
              ...((notes.sub || evidence) && { sub: [notes.sub, evidence].filter(Boolean).join('\n') }),
              ...withLinks(item.evidence),
            };
          }),
        ],
        { empty: a.empty },
      ),
    ],
  };
}

function networkSection(model: ReportModel, m: ReportMessages): Section {
  const n = m.network;
  const blocks: Block[] = [
    { kind: 'paragraph', text: n.intro },
    {
      kind: 'links',
      items: [
        { label: n.email, href: `mailto:${model.network.email}`, text: model.network.email },
        { label: n.website, href: model.network.url, text: model.network.url.replace(/^https:\/\//, '') },
      ],
    },
    { kind: 'paragraph', text: model.workshop ? `${n.workshop} ${n.workshopDone}` : n.workshop },
    { kind: 'paragraph', text: n.reassess },
  ];
  if (model.meta.facilitator) {
    blocks.push({ kind: 'paragraph', text: fill(n.facilitator, { name: model.meta.facilitator }) });
  }
  blocks.push({ kind: 'paragraph', style: 'muted', text: n.madeWith });
  return { id: 'network', title: m.sections.network, blocks };
}
