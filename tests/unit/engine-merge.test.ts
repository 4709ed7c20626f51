import { mergeAssessments } from '../../src/domain/merge/merge';
import { assessment, item, questionnaire } from '../support/fixtures';

const q = questionnaire([
  item({ id: 'open-source.general.policy' }),
  item({ id: 'open-apis.general.principles' }),
]);
const facilitatorFile = assessment(
  q,
  { 'open-source.general.policy': { current: 2, votes: { anna: 2 }, notes: 'Linjaus 2019' } },
  {
    participants: [
      { id: 'anna', name: 'Anna Aalto', role: 'CIO' },
      { id: 'ben', name: 'Ben Berg' },
    ],
    updatedAt: '2026-03-01T10:00:00.000Z',
  },
);

function ownFile(
  id: string,
  name: string,
  answers: Parameters<typeof assessment>[1],
  updatedAt = '2026-03-01T11:00:00.000Z',
) {
  return assessment(q, answers, { id: `file-${id}`, participants: [{ id, name }], updatedAt });
}

describe('mergeAssessments', () => {
  it('returns an equal copy of a single file', () => {
    const result = mergeAssessments([facilitatorFile]);
    expect(result).toEqual({ ok: true, assessment: facilitatorFile, issues: [] });
    if (result.ok) expect(result.assessment).not.toBe(facilitatorFile);
  });

  it("turns a participant's own answers into their votes and keeps the base consensus", () => {
    const result = mergeAssessments([
      facilitatorFile,
      ownFile('ben', 'Ben Berg', {
        'open-source.general.policy': 3,
        'open-apis.general.principles': { current: 1, evidence: ['https://example.fi/a'] },
      }),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = result.assessment;
    expect(merged.answers['open-source.general.policy']).toMatchObject({
      current: 2,
      votes: { anna: 2, ben: 3 },
    });
    expect(merged.answers['open-apis.general.principles']).toMatchObject({
      current: null,
      votes: { ben: 1 },
      evidence: ['https://example.fi/a'],
    });
    expect(merged.participants.map((p) => p.id)).toEqual(['anna', 'ben']);
    expect(result.issues).toEqual([]);
  });

  it('matches a participant by name when ids differ, and adds new participants', () => {
    const result = mergeAssessments([
      facilitatorFile,
      ownFile('x1', ' anna  aalto ', { 'open-apis.general.principles': 4 }),
      ownFile('cia', 'Cia', { 'open-apis.general.principles': 2 }),
    ]);
    if (!result.ok) throw new Error('merge failed');
    expect(result.assessment.answers['open-apis.general.principles']?.votes).toEqual({ anna: 4, cia: 2 });
    expect(result.assessment.participants.map((p) => p.id)).toEqual(['anna', 'ben', 'cia']);
    expect(result.issues).toContainEqual({
      kind: 'participant-matched-by-name',
      file: 1,
      id: 'x1',
      mergedId: 'anna',
      name: ' anna  aalto ',
    });
  });

  it('gives a colliding id to a different person a new id', () => {
    const result = mergeAssessments([
      facilitatorFile,
      ownFile('ben', 'Bertta Bäck', { 'open-apis.general.principles': 2 }),
    ]);
    if (!result.ok) throw new Error('merge failed');
    expect(result.assessment.participants.map((p) => [p.id, p.name])).toContainEqual([
      'ben-2',
      'Bertta Bäck',
    ]);
    expect(result.assessment.answers['open-apis.general.principles']?.votes).toEqual({ 'ben-2': 2 });
  });

  it('resolves a conflicting vote in favour of the later file and reports it', () => {
    const newer = ownFile(
      'anna',
      'Anna Aalto',
      { 'open-source.general.policy': 4 },
      '2026-03-01T12:00:00.000Z',
    );
    const older = ownFile(
      'anna',
      'Anna Aalto',
      { 'open-source.general.policy': 1 },
      '2026-03-01T09:00:00.000Z',
    );
    const result = mergeAssessments([facilitatorFile, newer, older]);
    if (!result.ok) throw new Error('merge failed');
    expect(result.assessment.answers['open-source.general.policy']?.votes.anna).toBe(4);
    expect(result.issues).toEqual([
      {
        kind: 'vote-conflict',
        file: 1,
        itemId: 'open-source.general.policy',
        participantId: 'anna',
        kept: 4,
        discarded: 2,
      },
      {
        kind: 'vote-conflict',
        file: 2,
        itemId: 'open-source.general.policy',
        participantId: 'anna',
        kept: 4,
        discarded: 1,
      },
    ]);
  });

  it('merges dots, appends notes with the author, and reports differing targets', () => {
    const file = ownFile('ben', 'Ben Berg', {
      'open-source.general.policy': { current: 2, target: 4, notes: 'Päivitys kesken', dots: { ben: 2 } },
    });
    const result = mergeAssessments([facilitatorFile, file]);
    if (!result.ok) throw new Error('merge failed');
    const policy = result.assessment.answers['open-source.general.policy'];
    expect(policy?.dots).toEqual({ ben: 2 });
    expect(policy?.notes).toBe('Linjaus 2019\n\nBen Berg: Päivitys kesken');
    expect(policy?.target).toBeNull();
    expect(result.issues).toContainEqual({
      kind: 'target-differs',
      file: 1,
      itemId: 'open-source.general.policy',
      kept: null,
      other: 4,
    });
  });

  it('reports answers of a multi-participant file that cannot be attributed', () => {
    const group = assessment(
      q,
      { 'open-apis.general.principles': 3 },
      {
        participants: [
          { id: 'x', name: 'X' },
          { id: 'y', name: 'Y' },
        ],
      },
    );
    const result = mergeAssessments([facilitatorFile, group]);
    if (!result.ok) throw new Error('merge failed');
    expect(result.issues).toContainEqual({ kind: 'unattributed-answers', file: 1, items: 1 });
  });

  it('refuses files of another municipality or questionnaire version and changes nothing', () => {
    const other = { ...facilitatorFile, municipality: { ...facilitatorFile.municipality, code: '091' } };
    const newer = {
      ...facilitatorFile,
      questionnaire: { ...facilitatorFile.questionnaire, version: '2.0.0' },
    };
    expect(mergeAssessments([facilitatorFile, other, newer])).toEqual({
      ok: false,
      errors: [
        { kind: 'municipality-mismatch', file: 1, expected: '999', found: '091' },
        { kind: 'version-mismatch', file: 2, expected: '1.0.0', found: '2.0.0' },
      ],
    });
    expect(mergeAssessments([])).toEqual({ ok: false, errors: [{ kind: 'no-files' }] });
  });
});
