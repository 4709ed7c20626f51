import type { AnswerValue } from '../domain/assessment/schema';
import type { SummaryAgendaEntry, WorkshopSummary } from '../domain/workshop/summary';
import type { Block, Section } from './document';
import { fill, type Formatter } from './format';
import type { ReportMessages } from './messages';
import { column, numberColumn, tableOf } from './table';

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
  type Item = WorkshopSummary['agreedItems'][number];
  // the columns both tables of voted items have
  const number = numberColumn<Item>(w.number, 0.6);
  const votes = column<Item>(w.votes, 2.2, (item) => {
    const { min, max, median } = item.stats;
    const who = item.votes.map((v) => `${v.name}: ${answer(v.value)}`).join(', ');
    return {
      text:
        min === null || max === null || median === null
          ? dash
          : // a median halfway between two levels has one decimal ("2,5")
            fill(w.votesValue, { min, max, median: Number.isInteger(median) ? median : fmt.score(median) }),
      ...(who && { sub: who }),
    };
  });
  const settled = (item: Item) => ({
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
    tableOf(
      w.wideCaption,
      summary.wideSpread,
      [
        number,
        column(w.item, 4.2, (item) => ({ text: item.question, sub: item.dimension })),
        votes,
        column(w.settled, 1.8, (item) => ({ ...settled(item), bold: true })),
        column(w.rationale, 3.4, (item) => ({ text: item.rationale || dash })),
      ],
      { empty: w.noWide },
    ),
    { kind: 'heading', id: 'workshop-priorities', text: w.prioritiesTitle },
    tableOf(
      w.prioritiesCaption,
      summary.priorities,
      [
        column(w.rank, 0.7, (p) => ({ text: String(p.rank), bold: true })),
        column(w.item, 6, (p) => ({ text: p.question, sub: m.quadrants[p.quadrant] })),
        column(w.dotsColumn, 1.3, (p) => ({ text: fmt.integer(p.dots), align: 'right' }), 'right'),
        column(w.priority, 1.3, (p) => ({ text: fmt.decimal(p.score), align: 'right' }), 'right'),
      ],
      { empty: w.noPriorities },
    ),
    { kind: 'heading', id: 'workshop-open', text: w.openTitle },
  ];

  const open = [
    ...summary.openQuestions,
    ...summary.unknownItems.map((i) => fill(w.unknownItem, { number: i.number, question: i.question })),
  ];
  blocks.push(
    open.length > 0 ? { kind: 'list', items: open } : { kind: 'paragraph', text: w.noOpen, style: 'muted' },
  );

  // the agenda's sections, then their total in bold
  type AgendaRow = { name: string; planned: number; actual: number | null; total?: boolean };
  const agenda: AgendaRow[] = [
    ...summary.agenda.map((e) => ({
      name: sectionName(e),
      planned: e.plannedMinutes,
      actual: e.actualMinutes,
    })),
    { name: w.total, planned: summary.plannedMinutes, actual: summary.actualMinutes, total: true },
  ];
  const bold = (row: AgendaRow) => (row.total ? { bold: true } : {});
  blocks.push(
    { kind: 'heading', id: 'workshop-agenda', text: w.agendaTitle },
    tableOf(
      w.agendaCaption,
      agenda,
      [
        column(w.section, 4, (row) => ({ text: row.name, ...bold(row) })),
        column(
          w.planned,
          1.5,
          (row) => ({ text: minutes(row.planned), align: 'right', ...bold(row) }),
          'right',
        ),
        column(
          w.actual,
          1.5,
          (row) => ({
            text: row.actual === null ? w.notRun : minutes(row.actual),
            align: 'right',
            ...bold(row),
          }),
          'right',
        ),
      ],
      { rowHeaders: true },
    ),
    { kind: 'heading', id: 'workshop-all', text: w.allTitle },
    tableOf(
      w.allCaption,
      summary.agreedItems,
      [
        number,
        column(w.item, 5, (item) => ({
          text: item.question,
          ...(item.rationale && { sub: item.rationale }),
        })),
        votes,
        column(w.settled, 2, settled),
      ],
      { empty: w.noneVoted },
    ),
  );
  return { id: 'workshop', title: w.title, blocks };
}
