import { evaluate } from '../../src/domain/evaluate';
import { buildReportModel } from '../../src/domain/report/model';
import {
  addNote,
  agreeItem,
  changeDots,
  editAgenda,
  recordVote,
  revealItem,
} from '../../src/domain/workshop/edits';
import { startSection } from '../../src/domain/workshop/agenda';
import { messages } from '../../src/i18n/messages';
import { buildReportDocument, type Block, type TableBlock } from '../../src/report/document';
import { assessment, item, questionnaire } from '../support/fixtures';

const q = questionnaire([
  item({ id: 'open-source.general.policy', phases: ['strategy'], weight: 3 }),
  item({ id: 'open-data.general.portal', phases: ['production'] }),
]);
const people = [
  { id: 'anna', name: 'Anna Aalto' },
  { id: 'ben', name: 'Ben Berg' },
];

function workshopped() {
  let a = assessment(q, {}, { participants: people });
  a = recordVote(q, a, 'open-source.general.policy', 'anna', 1);
  a = recordVote(q, a, 'open-source.general.policy', 'ben', 4);
  a = revealItem(q, a, 'open-source.general.policy');
  a = agreeItem(q, a, 'open-source.general.policy', {
    current: 2,
    target: 4,
    rationale: 'Linjaus on luonnos',
  });
  a = changeDots(q, a, 'open-source.general.policy', 'anna', 1);
  a = addNote(q, a, 'decisions', 'Linjaus hallitukseen kesäkuussa');
  a = addNote(q, a, 'openQuestions', 'Kuka omistaa ohjelmistoluettelon?');
  a = editAgenda(q, a, (agenda) => startSection(agenda, 'introduction', '2026-03-01T09:00:00.000Z'));
  return a;
}

function documentOf(a: ReturnType<typeof workshopped>, language: 'fi' | 'sv' | 'en' = 'fi') {
  const model = buildReportModel(q, a, evaluate(q, a, []), language);
  return buildReportDocument(model, messages[language].report);
}

const table = (blocks: Block[], caption: string): TableBlock => {
  const found = blocks.find((b): b is TableBlock => b.kind === 'table' && b.caption === caption);
  if (!found) throw new Error(`no table ${caption}`);
  return found;
};
const cellTexts = (t: TableBlock) =>
  t.rows.map((r) => ('cells' in r ? r.cells.map((c) => [c.text, c.sub ?? ''].join('|')) : [r.text]));

describe('the workshop section of the report', () => {
  it('is left out for an assessment made without a workshop', () => {
    const doc = documentOf(assessment(q, { 'open-source.general.policy': 2 }));
    expect(doc.sections.map((s) => s.id)).not.toContain('workshop');
  });

  it('comes right after the summary, with decisions, wide spreads, priorities, open questions and the agenda', () => {
    const doc = documentOf(workshopped());
    expect(doc.sections.map((s) => s.id).slice(0, 3)).toEqual(['summary', 'workshop', 'method']);
    const section = doc.sections.find((s) => s.id === 'workshop');
    if (!section) throw new Error('no section');
    expect(section.title).toBe('Työpajan yhteenveto');
    expect(section.blocks).toContainEqual({
      kind: 'list',
      items: ['Linjaus hallitukseen kesäkuussa'],
      ordered: true,
    });
    expect(section.blocks).toContainEqual({ kind: 'list', items: ['Kuka omistaa ohjelmistoluettelon?'] });
    expect(
      cellTexts(table(section.blocks, 'Kysymykset, joissa äänet erosivat vähintään kaksi tasoa')),
    ).toEqual([
      [
        '1|',
        'question of open-source.general.policy (fi)|open-source (fi)',
        // the true median of 1 and 4, halfway between two levels, with a decimal comma
        '1–4, mediaani 2,5|',
        '2 level 2 (fi)|tavoite 4 level 4 (fi)',
        'Linjaus on luonnos|',
      ],
    ]);
    const priorities = cellTexts(
      table(section.blocks, 'Tärkeimmät kehittämiskohteet pisteäänestyksen jälkeen'),
    );
    expect(priorities[0]?.slice(0, 3)).toEqual([
      '1|',
      'question of open-source.general.policy (fi)|Nopea voitto',
      '1|',
    ]);
    const agenda = cellTexts(table(section.blocks, 'Suunniteltu ja toteutunut aika osioittain'));
    expect(agenda[0]).toEqual(['Johdanto|', '20 min|', '0 min|']);
    expect(agenda.at(-1)?.[0]).toBe('Yhteensä|');
    // the outline (PDF bookmarks, contents) names the section and its parts
    expect(doc.outline.filter((o) => o.id.startsWith('workshop')).map((o) => o.title)).toEqual([
      'Työpajan yhteenveto',
      'Päätökset',
      'Suuri hajonta ja miten se ratkaistiin',
      'Sovitut tärkeimmät kehittämiskohteet',
      'Avoimet kysymykset',
      'Ohjelma ja ajankäyttö',
      'Äänet ja sovitut tasot',
    ]);
  });

  it('does not report an answer from before the reveal as the level the group agreed', () => {
    // answers filled in before the workshop (a re-assessment copy, an IT lead's pre-fill)
    let a = assessment(q, { 'open-source.general.policy': 1 }, { participants: people });
    a = recordVote(q, a, 'open-source.general.policy', 'anna', 1);
    a = recordVote(q, a, 'open-source.general.policy', 'ben', 3);
    a = revealItem(q, a, 'open-source.general.policy');
    const section = documentOf(a).sections.find((s) => s.id === 'workshop');
    if (!section) throw new Error('no section');
    expect(
      cellTexts(table(section.blocks, 'Kysymykset, joissa äänet erosivat vähintään kaksi tasoa'))[0]?.slice(
        2,
        4,
      ),
    ).toEqual(['1–3, mediaani 2|', 'Ei vielä sovittu|']);
  });

  it('is worded in Swedish and English too', () => {
    expect(documentOf(workshopped(), 'sv').sections[1]?.title).toBe('Sammanfattning av verkstaden');
    expect(documentOf(workshopped(), 'en').sections[1]?.title).toBe('Workshop summary');
  });
});
