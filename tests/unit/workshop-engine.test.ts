import { assessmentSchema, type Assessment } from '../../src/domain/assessment/schema';
import { evaluate } from '../../src/domain/evaluate';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/domain/files/format';
import { readAssessmentFileText } from '../../src/domain/files/parse';
import { canAddDot, dotBudgets, dotCandidates, dotResults } from '../../src/domain/workshop/dots';
import {
  addNote,
  agreeItem,
  agreementProblem,
  changeDots,
  defaultWorkshop,
  editAgenda,
  goToItem,
  recordVote,
  removeNote,
  revealItem,
  setWorkshopOption,
} from '../../src/domain/workshop/edits';
import { startSection } from '../../src/domain/workshop/agenda';
import {
  agreedItems,
  currentItemOf,
  isAgreed,
  itemStage,
  neighbour,
  nextVoter,
  votingProgress,
  workshopOrder,
  workshopPhases,
} from '../../src/domain/workshop/items';
import { fitToQuestionnaire } from '../../src/domain/files/questionnaire-fit';
import { mergePrework } from '../../src/domain/workshop/prework';
import { workshopSummary } from '../../src/domain/workshop/summary';
import { assessment, item, questionnaire } from '../support/fixtures';

const q = questionnaire([
  item({ id: 'open-source.general.policy', phases: ['strategy'], weight: 3 }),
  item({ id: 'open-apis.general.principles', phases: ['strategy', 'development'] }),
  item({ id: 'open-data.general.portal', phases: ['production'], weight: 2 }),
  item({ id: 'open-data.land-use.plans', phases: ['development'], areas: ['land-use'] }),
]);
const people = [
  { id: 'anna', name: 'Anna Aalto', role: 'Tietohallintojohtaja' },
  { id: 'ben', name: 'Ben Berg' },
  { id: 'cia', name: 'Cia Carlsson' },
];
const base = () => assessment(q, {}, { participants: people });
const order = workshopOrder(workshopPhases(q, base().scope));

describe('workshop order', () => {
  it('goes phase by phase; an item in two phases is taken in the first', () => {
    expect(order).toEqual([
      'open-source.general.policy',
      'open-apis.general.principles',
      'open-data.land-use.plans',
      'open-data.general.portal',
    ]);
    expect(neighbour(order, 'open-source.general.policy', 1)).toBe('open-apis.general.principles');
    expect(neighbour(order, 'open-source.general.policy', -1)).toBeUndefined();
    expect(neighbour(order, 'open-data.general.portal', 1)).toBeUndefined();
    expect(neighbour(order, null, 1)).toBe(order[0]);
    expect(neighbour(order, 'gone', -1)).toBeUndefined();
  });

  it('starts at the first item, or the stored one while it is in scope', () => {
    const w = defaultWorkshop(q, base());
    expect(currentItemOf(undefined, order)).toBe(order[0]);
    expect(currentItemOf({ ...w, currentItem: 'open-data.general.portal' }, order)).toBe(
      'open-data.general.portal',
    );
    expect(currentItemOf({ ...w, currentItem: 'removed.item' }, order)).toBe(order[0]);
  });
});

describe('collect, reveal, agree', () => {
  const itemId = 'open-source.general.policy';

  it('records blind votes, creating the workshop with the first one', () => {
    let a = base();
    expect(a.workshop).toBeUndefined();
    a = recordVote(q, a, itemId, 'anna', 2);
    expect(a.workshop).toMatchObject({
      currentItem: itemId,
      revealed: [],
      collect: 'facilitator',
      dotsPerParticipant: 3,
    });
    a = recordVote(q, a, itemId, 'ben', 4);
    expect(a.answers[itemId]?.votes).toEqual({ anna: 2, ben: 4 });
    expect(itemStage(a.workshop, itemId, a.answers[itemId])).toBe('collect');
    expect(votingProgress(a.participants, a.answers[itemId])).toEqual({ voted: 2, total: 3 });
    expect(nextVoter(a.participants, a.answers[itemId]?.votes ?? {})).toBe('cia');
    // a vote taken back
    a = recordVote(q, a, itemId, 'ben', null);
    expect(a.answers[itemId]?.votes).toEqual({ anna: 2 });
  });

  it('refuses votes of unknown participants and leaves the assessment as it was when nothing changes', () => {
    const a = recordVote(q, base(), itemId, 'anna', 2);
    expect(recordVote(q, a, itemId, 'zed', 3)).toBe(a);
    expect(recordVote(q, a, itemId, 'anna', 2)).toBe(a);
    expect(recordVote(q, a, itemId, 'ben', null)).toBe(a);
  });

  it('locks the votes once they are revealed', () => {
    let a = recordVote(q, base(), itemId, 'anna', 1);
    a = recordVote(q, a, itemId, 'ben', 3);
    a = revealItem(q, a, itemId);
    expect(a.workshop?.revealed).toEqual([itemId]);
    expect(itemStage(a.workshop, itemId, a.answers[itemId])).toBe('revealed');
    expect(recordVote(q, a, itemId, 'cia', 2)).toBe(a);
    expect(revealItem(q, a, itemId)).toBe(a);
  });

  it('asks for the reason when the spread was wide, and agreeing moves to the next item', () => {
    let a = recordVote(q, base(), itemId, 'anna', 1);
    expect(agreementProblem(a, itemId, false, '')).toBe('not-revealed');
    a = revealItem(q, a, itemId);
    expect(agreementProblem(a, itemId, true, '  ')).toBe('rationale-required');
    expect(agreementProblem(a, itemId, true, 'Linjaus on luonnos')).toBeNull();
    expect(agreementProblem(a, itemId, false, '')).toBeNull();
    a = agreeItem(q, a, itemId, { current: 2, target: 4, rationale: '  Linjaus on luonnos  ' });
    expect(a.answers[itemId]).toMatchObject({
      current: 2,
      target: 4,
      rationale: 'Linjaus on luonnos',
      votes: { anna: 1 },
    });
    expect(itemStage(a.workshop, itemId, a.answers[itemId])).toBe('agreed');
    expect(a.workshop?.currentItem).toBe('open-apis.general.principles');
  });

  it('does not count an answer that was there before the reveal as agreed', () => {
    // the demo, a re-assessment copy, or one an IT lead filled in: answers without a workshop
    let a = assessment(q, { [itemId]: { current: 1, target: 3, rationale: '' } }, { participants: people });
    a = recordVote(q, a, itemId, 'anna', 1);
    a = recordVote(q, a, itemId, 'ben', 4);
    a = revealItem(q, a, itemId);
    expect(a.workshop?.agreed).toEqual([]);
    expect(isAgreed(a.workshop, itemId, a.answers[itemId])).toBe(false);
    expect(itemStage(a.workshop, itemId, a.answers[itemId])).toBe('revealed');
    expect(workshopSummary(q, a, 'fi')).toMatchObject({ revealed: 1, agreed: 0 });
    expect(workshopSummary(q, a, 'fi')?.agreedItems[0]).toMatchObject({ agreed: null, target: null });
    // the wide spread still needs its reason, and only the Agree action makes the item agreed
    expect(agreementProblem(a, itemId, true, '')).toBe('rationale-required');
    a = agreeItem(q, a, itemId, { current: 2, target: 3, rationale: 'Linjaus on luonnos' });
    expect(a.workshop?.agreed).toEqual([itemId]);
    expect(itemStage(a.workshop, itemId, a.answers[itemId])).toBe('agreed');
    expect(workshopSummary(q, a, 'fi')).toMatchObject({ revealed: 1, agreed: 1 });
    // agreeing again (an update) keeps one entry
    a = agreeItem(q, a, itemId, { current: 3, target: 3, rationale: 'Tarkennettu' });
    expect(a.workshop?.agreed).toEqual([itemId]);
  });

  it('reads a workshop saved before "agreed" existed as it read then, and stores the list on the next change', () => {
    const second = 'open-apis.general.principles';
    const w = defaultWorkshop(q, base());
    const { agreed: _omitted, ...legacy } = { ...w, revealed: [itemId, second], currentItem: second };
    const a = {
      ...assessment(q, { [itemId]: { current: 2 } }, { participants: people }),
      workshop: legacy,
    };
    // still valid as it is
    expect(assessmentSchema.safeParse(a).success).toBe(true);
    expect(isAgreed(a.workshop, itemId, a.answers[itemId])).toBe(true);
    expect(isAgreed(a.workshop, second, a.answers[second])).toBe(false);
    expect(agreedItems(a.workshop, a.answers)).toEqual([itemId]);
    expect(workshopSummary(q, a, 'fi')).toMatchObject({ revealed: 2, agreed: 1 });
    // a change that does nothing stores nothing; a real one stores the list explicitly
    expect(goToItem(q, a, second)).toBe(a);
    const moved = goToItem(q, a, itemId);
    expect(moved.workshop?.agreed).toEqual([itemId]);
    expect(itemStage(moved.workshop, itemId, moved.answers[itemId])).toBe('agreed');
  });

  it('carries the agreed items over to the items that replace them in a newer questionnaire', () => {
    const newer = questionnaire(
      [
        item({ id: 'open-source.general.policy-v2', replaces: ['open-source.general.policy'] }),
        item({ id: 'open-apis.general.principles', phases: ['strategy', 'development'] }),
        item({ id: 'open-data.general.portal', phases: ['production'] }),
      ],
      { version: '2.0.0' },
    );
    let a = revealItem(q, base(), itemId);
    a = agreeItem(q, a, itemId, { current: 2, target: null, rationale: '' });
    a = revealItem(q, a, 'open-apis.general.principles');
    a = { ...a, questionnaire: { id: newer.id, version: '1.0.0' } };
    const fit = fitToQuestionnaire(a, newer);
    if (!fit.ok) throw new Error('refused');
    expect(fit.assessment.workshop?.agreed).toEqual(['open-source.general.policy-v2']);
    expect(fit.assessment.workshop?.revealed).toEqual([
      'open-source.general.policy-v2',
      'open-apis.general.principles',
    ]);
  });

  it('drops the target of an item agreed as "not applicable" or "don\'t know", and stays on the last item', () => {
    const last = 'open-data.general.portal';
    let a = revealItem(q, base(), last);
    a = agreeItem(q, a, last, { current: 'not-applicable', target: 3, rationale: '' });
    expect(a.answers[last]).toMatchObject({ current: 'not-applicable', target: null });
    expect(a.workshop?.currentItem).toBe(last);
  });

  it('moves between items without touching the answers', () => {
    const a = goToItem(q, base(), 'open-data.general.portal');
    expect(a.workshop?.currentItem).toBe('open-data.general.portal');
    expect(a.answers).toEqual({});
    expect(goToItem(q, a, 'open-data.general.portal')).toBe(a);
  });

  it('produces assessments that still pass the file schema', () => {
    let a = recordVote(q, base(), itemId, 'anna', 1);
    a = revealItem(q, a, itemId);
    a = agreeItem(q, a, itemId, { current: 1, target: 3, rationale: 'Ei linjausta' });
    a = editAgenda(q, a, (agenda) => startSection(agenda, 'introduction', '2026-03-01T09:00:00.000Z'));
    a = addNote(q, a, 'decisions', 'Nimetään avoimen lähdekoodin vastuuhenkilö');
    expect(assessmentSchema.safeParse(a).success).toBe(true);
    // and an assessment without a workshop, as older files have, is valid too
    expect(assessmentSchema.safeParse(base()).success).toBe(true);
  });
});

describe('options and notes', () => {
  it('keeps the dot budget within 1–20 and whole', () => {
    const a = base();
    expect(setWorkshopOption(q, a, 'dotsPerParticipant', 5).workshop?.dotsPerParticipant).toBe(5);
    expect(setWorkshopOption(q, a, 'dotsPerParticipant', 0).workshop?.dotsPerParticipant).toBe(1);
    expect(setWorkshopOption(q, a, 'dotsPerParticipant', 99).workshop?.dotsPerParticipant).toBe(20);
    expect(setWorkshopOption(q, a, 'dotsPerParticipant', Number.NaN)).toBe(a);
    expect(setWorkshopOption(q, a, 'showNames', true).workshop?.showNames).toBe(true);
  });

  it('adds trimmed notes, refuses empty ones, removes by position', () => {
    let a = addNote(q, base(), 'openQuestions', '  Kuka omistaa rajapintaluettelon?  ');
    a = addNote(q, a, 'openQuestions', 'Onko linjaus hyväksytty?');
    expect(addNote(q, a, 'openQuestions', '   ')).toBe(a);
    expect(a.workshop?.openQuestions).toEqual([
      'Kuka omistaa rajapintaluettelon?',
      'Onko linjaus hyväksytty?',
    ]);
    a = removeNote(q, a, 'openQuestions', 0);
    expect(a.workshop?.openQuestions).toEqual(['Onko linjaus hyväksytty?']);
    expect(removeNote(q, a, 'openQuestions', 5)).toBe(a);
  });
});

describe('dot voting', () => {
  // two items with a gap, one without, one unanswered
  const withGaps = (): Assessment =>
    assessment(
      q,
      {
        'open-source.general.policy': { current: 1, target: 3 },
        'open-apis.general.principles': { current: 2, target: 2 },
        'open-data.general.portal': { current: 0, target: 2 },
      },
      { participants: people },
    );

  it('offers only items with a gap, in workshop order', () => {
    expect(dotCandidates(order, withGaps())).toEqual([
      'open-source.general.policy',
      'open-data.general.portal',
    ]);
  });

  it('spends each participant’s budget and no more; dots can stack on one item', () => {
    let a = setWorkshopOption(q, withGaps(), 'dotsPerParticipant', 2);
    const candidates = dotCandidates(order, a);
    a = changeDots(q, a, 'open-data.general.portal', 'anna', 1);
    a = changeDots(q, a, 'open-data.general.portal', 'anna', 1);
    expect(canAddDot(a, 'anna', candidates, 2)).toBe(false);
    expect(changeDots(q, a, 'open-source.general.policy', 'anna', 1)).toBe(a);
    expect(dotBudgets(a, a.participants, candidates, 2)[0]).toEqual({
      participantId: 'anna',
      used: 2,
      left: 0,
      over: false,
    });
    // a dot taken back can be given elsewhere
    a = changeDots(q, a, 'open-data.general.portal', 'anna', -1);
    a = changeDots(q, a, 'open-source.general.policy', 'anna', 1);
    expect(a.answers['open-source.general.policy']?.dots).toEqual({ anna: 1 });
    expect(a.answers['open-data.general.portal']?.dots).toEqual({ anna: 1 });
  });

  it('refuses dots on items without a gap, from unknown people, and below zero', () => {
    const a = withGaps();
    expect(changeDots(q, a, 'open-apis.general.principles', 'anna', 1)).toBe(a);
    expect(changeDots(q, a, 'open-data.general.portal', 'zed', 1)).toBe(a);
    expect(changeDots(q, a, 'open-data.general.portal', 'anna', -1)).toBe(a);
  });

  it('shows a lowered budget as overspent rather than taking dots away', () => {
    let a = withGaps();
    for (let k = 0; k < 3; k++) a = changeDots(q, a, 'open-data.general.portal', 'ben', 1);
    a = setWorkshopOption(q, a, 'dotsPerParticipant', 2);
    expect(dotBudgets(a, a.participants, dotCandidates(order, a), 2)[1]).toEqual({
      participantId: 'ben',
      used: 3,
      left: 0,
      over: true,
    });
  });

  it('ranks results by dots, and the dots feed the engine’s priorities', () => {
    let a = withGaps();
    const before = evaluate(q, a, []).priorities.map((p) => p.itemId);
    expect(before).toEqual(['open-source.general.policy', 'open-data.general.portal']);
    for (const who of ['anna', 'ben', 'cia']) a = changeDots(q, a, 'open-data.general.portal', who, 1);
    expect(dotResults(a, dotCandidates(order, a))).toEqual([
      { itemId: 'open-data.general.portal', total: 3, byParticipant: { anna: 1, ben: 1, cia: 1 } },
      { itemId: 'open-source.general.policy', total: 0, byParticipant: {} },
    ]);
    const after = evaluate(q, a, []).priorities;
    expect(after.map((p) => [p.itemId, p.dots])).toEqual([
      ['open-data.general.portal', 3],
      ['open-source.general.policy', 0],
    ]);
  });
});

describe('pre-work files from five participants', () => {
  const facilitator = () =>
    assessment(
      q,
      { 'open-source.general.policy': { current: 2, votes: { anna: 2 } } },
      {
        participants: [people[0] as (typeof people)[number]],
        updatedAt: '2026-03-01T08:00:00.000Z',
      },
    );
  const own = (
    id: string,
    name: string,
    answers: Parameters<typeof assessment>[1],
    updatedAt = '2026-02-27T10:00:00.000Z',
  ) => assessment(q, answers, { id: `file-${id}`, participants: [{ id, name }], updatedAt });

  const files = () => [
    // complete
    {
      fileName: 'ben.avoinkunta.json',
      assessment: own('ben', 'Ben Berg', {
        'open-source.general.policy': 3,
        'open-apis.general.principles': 2,
        'open-data.general.portal': 1,
        'open-data.land-use.plans': 0,
      }),
    },
    // partial: two of four
    {
      fileName: 'cia.avoinkunta.json',
      assessment: own('cia', 'Cia Carlsson', {
        'open-apis.general.principles': 4,
        'open-data.general.portal': 'unknown',
      }),
    },
    // Anna's own file disagrees with the vote the facilitator recorded, and is newer
    {
      fileName: 'anna.avoinkunta.json',
      assessment: own('a-1', 'anna aalto', { 'open-source.general.policy': 4 }, '2026-03-01T09:30:00.000Z'),
    },
    // Dan sent two versions; the later one wins
    {
      fileName: 'dan-old.avoinkunta.json',
      assessment: own('dan', 'Dan Dahl', { 'open-apis.general.principles': 1 }, '2026-02-20T10:00:00.000Z'),
    },
    {
      fileName: 'dan-new.avoinkunta.json',
      assessment: own('dan', 'Dan Dahl', { 'open-apis.general.principles': 3 }, '2026-02-25T10:00:00.000Z'),
    },
  ];

  it('merges all at once: new participants, their votes, and who answered what', () => {
    const result = mergePrework(facilitator(), files(), order);
    if (!result.ok) throw new Error('expected a merge');
    const merged = result.assessment;
    expect(merged.participants.map((p) => p.id)).toEqual(['anna', 'ben', 'cia', 'dan']);
    expect(merged.answers['open-source.general.policy']).toMatchObject({
      current: 2,
      votes: { anna: 4, ben: 3 },
    });
    expect(merged.answers['open-apis.general.principles']?.votes).toEqual({ ben: 2, cia: 4, dan: 3 });
    expect(merged.answers['open-data.general.portal']?.votes).toEqual({ ben: 1, cia: 'unknown' });
    expect(result.files.map((f) => [f.fileName, f.status, f.votes])).toEqual([
      ['ben.avoinkunta.json', 'merged', 4],
      ['cia.avoinkunta.json', 'merged', 2],
      ['anna.avoinkunta.json', 'merged', 1],
      ['dan-old.avoinkunta.json', 'merged', 1],
      ['dan-new.avoinkunta.json', 'merged', 1],
    ]);
    // Anna's file names her under another id: the summary shows the id she has in the merge
    expect(result.files[2]?.participants).toEqual([{ id: 'anna', name: 'anna aalto' }]);
    expect(result.coverage.map((c) => [c.participant.id, c.voted, c.missing.length, c.added])).toEqual([
      ['anna', 1, 3, false],
      ['ben', 4, 0, true],
      ['cia', 2, 2, true],
      ['dan', 1, 3, true],
    ]);
    expect(result.coverage[2]?.missing).toEqual(['open-source.general.policy', 'open-data.land-use.plans']);
  });

  it('reports each conflict against the file it came from', () => {
    const result = mergePrework(facilitator(), files(), order);
    if (!result.ok) throw new Error('expected a merge');
    expect(result.conflicts).toBe(2);
    expect(result.files[2]?.issues).toEqual([
      { kind: 'participant-matched-by-name', file: 0, id: 'a-1', mergedId: 'anna', name: 'anna aalto' },
      {
        kind: 'vote-conflict',
        file: 0,
        itemId: 'open-source.general.policy',
        participantId: 'anna',
        kept: 4,
        discarded: 2,
      },
    ]);
    expect(result.files[4]?.issues).toEqual([
      {
        kind: 'vote-conflict',
        file: 0,
        itemId: 'open-apis.general.principles',
        participantId: 'dan',
        kept: 3,
        discarded: 1,
      },
    ]);
  });

  it('adds no votes to an item already revealed, and says how many were left out', () => {
    const policy = 'open-source.general.policy';
    const revealed = revealItem(q, facilitator(), policy);
    expect(revealed.workshop?.revealed).toEqual([policy]);
    const result = mergePrework(revealed, files(), order);
    if (!result.ok) throw new Error('expected a merge');
    // the distribution the group saw stays as it was: Anna's vote only, not Ben's 3 nor Anna's newer 4
    expect(result.assessment.answers[policy]?.votes).toEqual({ anna: 2 });
    // the other items get their votes as before
    expect(result.assessment.answers['open-apis.general.principles']?.votes).toEqual({
      ben: 2,
      cia: 4,
      dan: 3,
    });
    expect(result.afterReveal).toEqual({ votes: 2, itemIds: [policy] });
    expect(result.files[0]?.issues).toEqual([
      { kind: 'vote-after-reveal', file: 0, itemId: policy, participantId: 'ben', value: 3 },
    ]);
    // Anna's differing vote is left out, not a conflict that would replace what was shown
    expect(result.files[2]?.issues).toContainEqual({
      kind: 'vote-after-reveal',
      file: 0,
      itemId: policy,
      participantId: 'anna',
      value: 4,
    });
    expect(result.conflicts).toBe(1);
    // nothing revealed: nothing left out
    const before = mergePrework(facilitator(), files(), order);
    expect(before.ok && before.afterReveal).toEqual({ votes: 0, itemIds: [] });
  });

  it('sets aside a file of another municipality and merges the rest', () => {
    const stranger = own('eve', 'Eve Ek', { 'open-apis.general.principles': 5 });
    stranger.municipality = { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } };
    const result = mergePrework(
      facilitator(),
      [...files(), { fileName: 'eve.avoinkunta.json', assessment: stranger }],
      order,
    );
    if (!result.ok) throw new Error('expected a merge');
    expect(result.files[5]).toMatchObject({
      status: 'refused',
      errors: [{ kind: 'municipality-mismatch', file: 0, expected: '999', found: '091' }],
    });
    expect(result.assessment.participants.map((p) => p.id)).not.toContain('eve');
  });

  it('changes nothing when every file is refused, and refuses an empty pick', () => {
    const base = facilitator();
    const other = { ...own('eve', 'Eve', {}), questionnaire: { id: q.id, version: '2.0.0' } };
    const result = mergePrework(base, [{ fileName: 'x.json', assessment: other }], order);
    expect(result.ok && result.assessment).toBe(base);
    expect(mergePrework(base, [], order)).toEqual({ ok: false, reason: 'no-files' });
  });

  it('round-trips through exported files: what a participant sends is what is merged', () => {
    const sent = files().map((f) => {
      const text = serializeAssessmentFile(
        buildAssessmentFile(f.assessment, { name: 'test', version: '1.0.0' }, '2026-02-28T10:00:00.000Z'),
      );
      const read = readAssessmentFileText(text);
      if (!read.ok) throw new Error(JSON.stringify(read.problem));
      return { fileName: f.fileName, assessment: read.file.assessment };
    });
    const result = mergePrework(facilitator(), sent, order);
    expect(result.ok && result.assessment.answers['open-apis.general.principles']?.votes).toEqual({
      ben: 2,
      cia: 4,
      dan: 3,
    });
  });
});

describe('workshopSummary', () => {
  it('is null for an assessment that was not workshopped', () => {
    expect(workshopSummary(q, base(), 'fi')).toBeNull();
  });

  it('lists agreed items, the wide spreads and how they were settled, priorities, notes and the agenda', () => {
    let a = base();
    const policy = 'open-source.general.policy';
    const portal = 'open-data.general.portal';
    a = recordVote(q, a, policy, 'anna', 1);
    a = recordVote(q, a, policy, 'ben', 3);
    a = recordVote(q, a, policy, 'cia', 2);
    a = revealItem(q, a, policy);
    a = agreeItem(q, a, policy, { current: 2, target: 4, rationale: 'Linjaus on vasta luonnos' });
    a = recordVote(q, a, portal, 'anna', 1);
    a = recordVote(q, a, portal, 'ben', 1);
    a = revealItem(q, a, portal);
    a = agreeItem(q, a, portal, { current: 1, target: 3, rationale: '' });
    a = recordVote(q, a, 'open-apis.general.principles', 'anna', 'unknown');
    a = changeDots(q, a, portal, 'anna', 1);
    a = changeDots(q, a, portal, 'ben', 1);
    a = addNote(q, a, 'decisions', 'Linjaus valmistellaan kevään aikana');
    a = addNote(q, a, 'openQuestions', 'Kuka ylläpitää dataluetteloa?');
    a = editAgenda(q, a, (agenda) => startSection(agenda, 'introduction', '2026-03-01T09:00:00.000Z'));
    a = editAgenda(q, a, (agenda) => startSection(agenda, 'strategy', '2026-03-01T09:25:00.000Z'));

    const summary = workshopSummary(q, a, 'en', { now: '2026-03-01T09:40:00.000Z' });
    if (!summary) throw new Error('expected a summary');
    expect(summary).toMatchObject({
      items: 4,
      voted: 3,
      revealed: 2,
      agreed: 2,
      dotsPerParticipant: 3,
      dotsCast: 2,
    });
    expect(summary.agreedItems.map((i) => [i.itemId, i.number, i.agreed])).toEqual([
      [policy, 1, 2],
      [portal, 4, 1],
    ]);
    expect(summary.wideSpread).toHaveLength(1);
    expect(summary.wideSpread[0]).toMatchObject({
      itemId: policy,
      question: 'question of open-source.general.policy',
      dimension: 'open-source',
      stats: { min: 1, max: 3, median: 2, spread: 2, wide: true },
      agreed: 2,
      target: 4,
      rationale: 'Linjaus on vasta luonnos',
      votes: [],
    });
    // the two dots double the portal's priority (2 × 2 × 2 ÷ 1 × 2 = 16) past the policy's (2 × 3 × 2 = 12)
    expect(summary.priorities.map((p) => [p.rank, p.itemId, p.dots, p.score])).toEqual([
      [1, portal, 2, 16],
      [2, policy, 0, 12],
    ]);
    expect(summary.decisions).toEqual(['Linjaus valmistellaan kevään aikana']);
    expect(summary.openQuestions).toEqual(['Kuka ylläpitää dataluetteloa?']);
    expect(summary.participants.map((p) => [p.name, p.votes, p.dots])).toEqual([
      ['Anna Aalto', 3, 1],
      ['Ben Berg', 2, 1],
      ['Cia Carlsson', 1, 0],
    ]);
    expect(
      summary.agenda.slice(0, 3).map((e) => [e.id, e.name, e.plannedMinutes, e.actualMinutes, e.state]),
    ).toEqual([
      ['introduction', null, 20, 25, 'paused'],
      ['strategy', 'strategy', 10, 15, 'running'],
      ['development', 'development', 10, null, 'not-started'],
    ]);
    expect(summary.actualMinutes).toBe(40);
  });

  it('names who voted what only when the group chose names, and lists agreed "don\'t know" items as open', () => {
    const item = 'open-apis.general.principles';
    let a = recordVote(q, base(), item, 'anna', 'unknown');
    a = recordVote(q, a, item, 'cia', 2);
    a = revealItem(q, a, item);
    a = agreeItem(q, a, item, { current: 'unknown', target: null, rationale: 'Selvitetään' });
    a = setWorkshopOption(q, a, 'showNames', true);
    const summary = workshopSummary(q, a, 'fi');
    expect(summary?.agreedItems[0]?.votes).toEqual([
      { name: 'Anna Aalto', value: 'unknown' },
      { name: 'Cia Carlsson', value: 2 },
    ]);
    expect(summary?.agreedItems[0]?.question).toBe('question of open-apis.general.principles (fi)');
    expect(summary?.unknownItems).toEqual([
      { itemId: item, number: 2, question: 'question of open-apis.general.principles (fi)' },
    ]);
  });
});
