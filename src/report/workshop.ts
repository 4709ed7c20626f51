import type { AnswerValue } from '../domain/assessment/schema';
import type { SummaryAgendaEntry, WorkshopSummary } from '../domain/workshop/summary';
import type { Block, Row, Section } from './document';
import { fill, type Formatter } from './format';
import type { ReportMessages } from './messages';

/**
 * The report's workshop section (src/domain/workshop/summary.ts has the data): the day's
 * decisions, the items whose votes spread widely and how each was settled, the agreed top
 * priorities after the dot vote, the open questions, the agenda's planned and actual times, and
 * every voted item with its agreed level. Both the PDF and the printable view draw it.
 */
export function workshopSection(
  summary: WorkshopSummary,
  m: ReportMessages,
  fmt: Formatter,
  answer: (value: AnswerValue | null) => string,
): Section {
  const w = m.workshop;
  const dash = '–';
  const votes = (stats: WorkshopSummary['agreedItems'][number]['stats']) =>
    stats.min === null || stats.max === null || stats.median === null
      ? dash
      : fill(w.votesValue, { min: stats.min, max: stats.max, median: stats.median });
  const named = (item: WorkshopSummary['agreedItems'][number]) =>
    item.votes.length > 0 ? item.votes.map((v) => `${v.name}: ${answer(v.value)}`).join(', ') : undefined;
  const settled = (item: WorkshopSummary['agreedItems'][number]) => ({
    text: item.agreed === null ? w.notSettled : answer(item.agreed),
    ...(item.target !== null &&
      item.agreed !== null && { sub: fill(w.target, { target: answer(item.target) }) }),
  });
  const sectionName = (e: SummaryAgendaEntry): string =>
    e.kind === 'phase'
      ? (e.name ?? e.id)
      : e.kind === 'introduction'
        ? w.introduction
        : e.kind === 'priorities'
          ? w.prioritiesSection
          : w.roadmapSection;
  const minutes = (n: number) => fill(w.minutes, { minutes: fmt.integer(n) });
  const totalVotes = summary.participants.reduce((sum, p) => sum + p.votes, 0);

  const blocks: Block[] = [
    { kind: 'paragraph', text: w.intro, style: 'lead' },
    {
      kind: 'figures',
      items: [
        {
          label: w.participants,
          value: fmt.integer(summary.participants.length),
          detail: fill(w.participantsDetail, { votes: fmt.integer(totalVotes) }),
        },
        {
          label: w.agreed,
          value: `${summary.agreed} / ${summary.items}`,
          detail: fill(w.agreedDetail, { revealed: summary.revealed }),
        },
        { label: w.wide, value: fmt.integer(summary.wideSpread.length), detail: w.wideDetail },
        {
          label: w.dots,
          value: fmt.integer(summary.dotsCast),
          detail: fill(w.dotsDetail, { perParticipant: summary.dotsPerParticipant }),
        },
      ],
    },
    { kind: 'heading', id: 'workshop-decisions', text: w.decisionsTitle },
    summary.decisions.length > 0
      ? { kind: 'list', items: summary.decisions, ordered: true }
      : { kind: 'paragraph', text: w.noDecisions, style: 'muted' },
    { kind: 'heading', id: 'workshop-wide', text: w.wideTitle },
    {
      kind: 'table',
      caption: w.wideCaption,
      empty: w.noWide,
      columns: [
        { header: w.number, width: 0.6 },
        { header: w.item, width: 4.2 },
        { header: w.votes, width: 2.2 },
        { header: w.settled, width: 1.8 },
        { header: w.rationale, width: 3.4 },
      ],
      rows: summary.wideSpread.map((item) => {
        const who = named(item);
        return {
          cells: [
            { text: String(item.number), bold: true },
            { text: item.question, sub: item.dimension },
            { text: votes(item.stats), ...(who && { sub: who }) },
            { ...settled(item), bold: true },
            { text: item.rationale || dash },
          ],
        };
      }),
    },
    { kind: 'heading', id: 'workshop-priorities', text: w.prioritiesTitle },
    {
      kind: 'table',
      caption: w.prioritiesCaption,
      empty: w.noPriorities,
      columns: [
        { header: w.rank, width: 0.7 },
        { header: w.item, width: 6 },
        { header: w.dotsColumn, width: 1.3, align: 'right' },
        { header: w.priority, width: 1.3, align: 'right' },
      ],
      rows: summary.priorities.map((p) => ({
        cells: [
          { text: String(p.rank), bold: true },
          { text: p.question, sub: m.quadrants[p.quadrant] },
          { text: fmt.integer(p.dots), align: 'right' },
          { text: fmt.score(p.score), align: 'right' },
        ],
      })),
    },
    { kind: 'heading', id: 'workshop-open', text: w.openTitle },
  ];

  const open = [
    ...summary.openQuestions,
    ...summary.unknownItems.map((i) => fill(w.unknownItem, { number: i.number, question: i.question })),
  ];
  blocks.push(
    open.length > 0 ? { kind: 'list', items: open } : { kind: 'paragraph', text: w.noOpen, style: 'muted' },
  );

  const agendaRows: Row[] = summary.agenda.map((e) => ({
    cells: [
      { text: sectionName(e) },
      { text: minutes(e.plannedMinutes), align: 'right' },
      { text: e.actualMinutes === null ? w.notRun : minutes(e.actualMinutes), align: 'right' },
    ],
  }));
  agendaRows.push({
    cells: [
      { text: w.total, bold: true },
      { text: minutes(summary.plannedMinutes), align: 'right', bold: true },
      { text: minutes(summary.actualMinutes), align: 'right', bold: true },
    ],
  });
  blocks.push(
    { kind: 'heading', id: 'workshop-agenda', text: w.agendaTitle },
    {
      kind: 'table',
      caption: w.agendaCaption,
      rowHeaders: true,
      columns: [
        { header: w.section, width: 4 },
        { header: w.planned, width: 1.5, align: 'right' },
        { header: w.actual, width: 1.5, align: 'right' },
      ],
      rows: agendaRows,
    },
    { kind: 'heading', id: 'workshop-all', text: w.allTitle },
    {
      kind: 'table',
      caption: w.allCaption,
      empty: w.noneVoted,
      columns: [
        { header: w.number, width: 0.6 },
        { header: w.item, width: 5 },
        { header: w.votes, width: 2.2 },
        { header: w.settled, width: 2 },
      ],
      rows: summary.agreedItems.map((item) => {
        const who = named(item);
        return {
          cells: [
            { text: String(item.number), bold: true },
            { text: item.question, ...(item.rationale && { sub: item.rationale }) },
            { text: votes(item.stats), ...(who && { sub: who }) },
            settled(item),
          ],
        };
      }),
    },
  );
  return { id: 'workshop', title: w.title, blocks };
}
