// The library in browser storage, over an in-memory store with IndexedDB's semantics: entries as
// files with revisions, writes that never overwrite another tab's newer revision, corrupt entries
// set aside (kept, not deleted) while the rest loads, and storage failures named.
import { emptyAnswer } from '../../src/domain/assessment/create';
import type { Assessment } from '../../src/domain/assessment/schema';
import { classifyStorageError, StorageError } from '../../src/persistence/key-value';
import { createLibraryDb } from '../../src/persistence/library-db';
import { memoryStorage } from './support/memory-storage';
import { savedAssessment } from './support/saved-assessment';

const assessment = (id: string, overrides: Partial<Assessment> = {}) => savedAssessment(id, overrides);

const options = (tab = 'tab-a') => ({
  tab,
  app: { name: 'avoin-kunta-workshop', version: '0.1.0' },
  now: () => '2026-03-14T12:00:00.000Z',
});

describe('the library in storage', () => {
  it('stores each assessment as a file envelope with a revision, and loads it back', async () => {
    const kv = memoryStorage();
    const db = createLibraryDb(kv, options());
    const a = assessment('a-1', {
      answers: { 'open-source.general.policy': { ...emptyAnswer(), current: 4 } },
    });
    expect(await db.save(a, null)).toEqual({ ok: true, rev: 1 });
    expect(await db.save({ ...a, title: 'Uusi nimi' }, 1)).toEqual({ ok: true, rev: 2 });
    const entry = kv.data.get('assessment:a-1') as {
      rev: number;
      tab: string;
      file: { type: string; formatVersion: number };
    };
    expect(entry.rev).toBe(2);
    expect(entry.tab).toBe('tab-a');
    expect(entry.file.type).toBe('avoin-kunta-assessment');
    expect(entry.file.formatVersion).toBe(1);
    const loaded = await db.load();
    expect(loaded.assessments).toEqual([{ assessment: { ...a, title: 'Uusi nimi' }, rev: 2 }]);
    expect(loaded.setAside).toEqual([]);
  });

  it('refuses to overwrite a revision another tab wrote in between', async () => {
    const kv = memoryStorage();
    const mine = createLibraryDb(kv, options('tab-a'));
    const theirs = createLibraryDb(kv, options('tab-b'));
    const a = assessment('a-1');
    await mine.save(a, null);
    await theirs.save({ ...a, facilitator: 'Toinen välilehti' }, 1);
    expect(await mine.save({ ...a, facilitator: 'Tämä välilehti' }, 1)).toEqual({ ok: false, storedRev: 2 });
    expect((await mine.read('a-1'))?.assessment.facilitator).toBe('Toinen välilehti');
    // nor delete it, nor create over an existing one
    expect(await mine.remove('a-1', 1)).toEqual({ ok: false, storedRev: 2 });
    expect(await mine.save(a, null)).toEqual({ ok: false, storedRev: 2 });
    // a deletion by another tab is reported as "nothing stored"
    await theirs.remove('a-1', 2);
    expect(await mine.save(a, 2)).toEqual({ ok: false, storedRev: null });
  });

  it('sets a corrupt entry aside, keeps it whole, and loads the rest', async () => {
    const kv = memoryStorage();
    const db = createLibraryDb(kv, options());
    await db.save(assessment('good-1'), null);
    await db.save(assessment('good-2'), null);
    // hand-edited entries: an impossible level, a missing file, plain text, another id inside
    const broken = structuredClone(kv.data.get('assessment:good-1')) as { file: { assessment: Assessment } };
    (broken.file.assessment.answers as Record<string, unknown>)['open-source.general.policy'] = {
      ...emptyAnswer(),
      current: 9,
    };
    kv.data.set('assessment:bad-level', {
      ...broken,
      file: { ...broken.file, assessment: { ...broken.file.assessment, id: 'bad-level' } },
    });
    kv.data.set('assessment:no-file', { rev: 1, tab: 'x' });
    kv.data.set('assessment:text', 'not an entry at all');
    kv.data.set('assessment:other-id', kv.data.get('assessment:good-2'));
    const originals = new Map([...kv.data].map(([key, value]) => [key, structuredClone(value)]));

    const loaded = await db.load();
    expect(loaded.assessments.map((entry) => entry.assessment.id).sort()).toEqual(['good-1', 'good-2']);
    expect(loaded.setAside.map((entry) => entry.id).sort()).toEqual([
      'bad-level',
      'no-file',
      'other-id',
      'text',
    ]);
    const level = loaded.setAside.find((entry) => entry.id === 'bad-level')!;
    expect(level.problem).toEqual({
      kind: 'invalid',
      issues: [
        {
          path: "assessment.answers['open-source.general.policy'].current",
          code: 'answerValue',
          params: { value: '9' },
        },
      ],
    });
    // kept, not deleted: each original is under its set-aside key, and can be downloaded as it was
    for (const entry of loaded.setAside) {
      expect(kv.data.has(`assessment:${entry.id}`)).toBe(false);
      const kept = kv.data.get(entry.key) as { original: unknown; problem: unknown };
      expect(kept.original).toEqual(originals.get(`assessment:${entry.id}`));
      const text = await db.readSetAside(entry.key);
      expect(text).not.toBeNull();
    }
    expect(await db.readSetAside(loaded.setAside.find((entry) => entry.id === 'text')!.key)).toBe(
      'not an entry at all',
    );
    // the next start lists them again (they stay until the user removes them)
    const again = await db.load();
    expect(again.setAside).toHaveLength(4);
    await db.removeSetAside(again.setAside[0]!.key);
    expect((await db.load()).setAside).toHaveLength(3);
  });

  it('leaves an entry written by a newer app version where it is, and lists it', async () => {
    const kv = memoryStorage();
    const db = createLibraryDb(kv, options());
    await db.save(assessment('future'), null);
    const entry = kv.data.get('assessment:future') as { file: { formatVersion: number } };
    entry.file.formatVersion = 99;
    const loaded = await db.load();
    expect(loaded.assessments).toEqual([]);
    expect(loaded.setAside).toEqual([
      {
        key: 'assessment:future',
        id: 'future',
        setAsideAt: '',
        problem: { kind: 'newerFormat', version: 99, supported: 1 },
      },
    ]);
    expect(kv.data.has('assessment:future')).toBe(true);
  });

  it('applies a change a closing page left in the journal, when nothing was saved over it', async () => {
    const kv = memoryStorage();
    const closing = createLibraryDb(kv, options('closing-tab'));
    await closing.save(assessment('a-1'), null);
    await closing.journal([
      { id: 'a-1', baseRev: 1, assessment: assessment('a-1', { facilitator: 'Ennen sulkemista' }) },
      { id: 'new-1', baseRev: null, assessment: assessment('new-1') },
    ]);
    const loaded = await createLibraryDb(kv, options('next-tab')).load();
    expect(
      loaded.assessments
        .map((entry) => [entry.assessment.id, entry.rev, entry.assessment.facilitator])
        .sort(),
    ).toEqual([
      ['a-1', 2, 'Ennen sulkemista'],
      ['new-1', 1, ''],
    ]);
    expect(loaded.recovered).toEqual([]);
    expect([...kv.data.keys()].filter((key) => key.startsWith('journal:'))).toEqual([]);
  });

  it('keeps a journaled change as a copy when another tab saved after it was made', async () => {
    const kv = memoryStorage();
    const closing = createLibraryDb(kv, options('closing-tab'));
    await closing.save(assessment('a-1'), null);
    await closing.journal([
      { id: 'a-1', baseRev: 1, assessment: assessment('a-1', { facilitator: 'Suljettu välilehti' }) },
    ]);
    await createLibraryDb(kv, options('other-tab')).save(
      assessment('a-1', { facilitator: 'Toinen välilehti' }),
      1,
    );
    const next = createLibraryDb(kv, {
      ...options('next-tab'),
      newId: () => 'copy-1',
      copyTitle: (a) => `${a.municipality.name.fi} (kopio)`,
    });
    const loaded = await next.load();
    const byId = new Map(loaded.assessments.map((entry) => [entry.assessment.id, entry.assessment]));
    expect(byId.get('a-1')?.facilitator).toBe('Toinen välilehti');
    expect(byId.get('copy-1')).toMatchObject({
      id: 'copy-1',
      facilitator: 'Suljettu välilehti',
      title: 'Helsinki (kopio)',
    });
    expect(loaded.recovered).toEqual([{ id: 'copy-1', originalId: 'a-1' }]);
    expect([...kv.data.keys()].filter((key) => key.startsWith('journal:'))).toEqual([]);
  });

  it('drops its own journal once the normal write lands, and carries out a journaled deletion', async () => {
    const kv = memoryStorage();
    const db = createLibraryDb(kv, options('tab-a'));
    await db.save(assessment('a-1'), null);
    await db.journal([{ id: 'a-1', baseRev: 1, assessment: assessment('a-1', { facilitator: 'x' }) }]);
    await db.save(assessment('a-1', { facilitator: 'x' }), 1);
    expect(kv.data.has('journal:a-1:tab-a')).toBe(false);
    await db.journal([{ id: 'a-1', baseRev: 2, assessment: null }]);
    const loaded = await createLibraryDb(kv, options('tab-b')).load();
    expect(loaded.assessments).toEqual([]);
    // deleted, as every deletion, into the deleted assessments: the journal is gone, the entry kept
    expect([...kv.data.keys()]).toEqual(['deleted:a-1:2026-03-14T12:00:00.000Z']);
    expect(loaded.deleted).toEqual([
      expect.objectContaining({ id: 'a-1', rev: 3, assessment: assessment('a-1', { facilitator: 'x' }) }),
    ]);
  });

  it('sets aside a journal that does not validate', async () => {
    const kv = memoryStorage();
    kv.data.set('journal:a-1:tab-a', {
      baseRev: null,
      tab: 'tab-a',
      file: { type: 'avoin-kunta-assessment' },
    });
    const loaded = await createLibraryDb(kv, options()).load();
    expect(loaded.setAside).toEqual([
      expect.objectContaining({ id: 'a-1', problem: { kind: 'badFormatVersion' } }),
    ]);
  });

  it('moves a deleted assessment to the deleted ones in one step, with the latest content, and lists it', async () => {
    const kv = memoryStorage();
    const db = createLibraryDb(kv, options());
    await db.save(assessment('a-1'), null);
    await db.save(assessment('a-2'), null);
    // another tab wrote in between: refused, nothing moved
    expect(await db.remove('a-1', 7)).toEqual({ ok: false, storedRev: 1 });
    const latest = assessment('a-1', { facilitator: 'Ei vielä tallennettu' });
    const outcome = await db.remove('a-1', 1, latest);
    expect(outcome).toEqual({
      ok: true,
      rev: 2,
      deleted: {
        key: 'deleted:a-1:2026-03-14T12:00:00.000Z',
        id: 'a-1',
        deletedAt: '2026-03-14T12:00:00.000Z',
        rev: 2,
        assessment: latest,
      },
    });
    expect(kv.data.has('assessment:a-1')).toBe(false);
    expect(kv.data.get('deleted:a-1:2026-03-14T12:00:00.000Z')).toMatchObject({
      id: 'a-1',
      deletedAt: '2026-03-14T12:00:00.000Z',
      rev: 2,
      tab: 'tab-a',
      file: { type: 'avoin-kunta-assessment', assessment: { facilitator: 'Ei vielä tallennettu' } },
    });
    // without the latest content, what was stored is kept
    const plain = await db.remove('a-2', 1);
    expect(plain.ok && plain.deleted?.assessment).toEqual(assessment('a-2'));
    const loaded = await db.load();
    expect(loaded.assessments).toEqual([]);
    expect(loaded.deleted.map((entry) => entry.id).sort()).toEqual(['a-1', 'a-2']);
    expect((await db.listDeleted()).map((entry) => entry.id).sort()).toEqual(['a-1', 'a-2']);
  });

  it('restores a deleted assessment under its id, going on from its revision, or refuses when the id is taken', async () => {
    const kv = memoryStorage();
    const db = createLibraryDb(kv, options());
    await db.save(assessment('a-1'), null);
    await db.save(assessment('a-1', { facilitator: 'b' }), 1);
    const removed = await db.remove('a-1', 2);
    const entry = removed.ok ? removed.deleted! : null;
    expect(entry?.rev).toBe(3);
    // the same assessment opened from a file meanwhile: the restore is refused, nothing lost
    await db.save(assessment('a-1', { facilitator: 'tiedostosta' }), null);
    expect(await db.restore(entry!.key, entry!.assessment, entry!.rev)).toEqual({ ok: false, storedRev: 1 });
    expect(kv.data.has(entry!.key)).toBe(true);
    // under a new id it comes back beside it, and leaves the deleted ones
    expect(await db.restore(entry!.key, { ...entry!.assessment, id: 'a-1-back' }, 0)).toEqual({
      ok: true,
      rev: 1,
    });
    expect(kv.data.has(entry!.key)).toBe(false);
    expect((await db.load()).assessments.map(({ assessment: a }) => a.id).sort()).toEqual([
      'a-1',
      'a-1-back',
    ]);
    // under its own id the revision goes on from the deletion's
    const again = await db.remove('a-1-back', 1);
    const second = again.ok ? again.deleted! : null;
    expect(await db.restore(second!.key, second!.assessment, second!.rev)).toEqual({ ok: true, rev: 3 });
    expect(await db.listDeleted()).toEqual([]);
  });

  it('keeps deleted assessments 30 days, then the next load deletes them for good', async () => {
    const kv = memoryStorage();
    let now = '2026-03-01T09:00:00.000Z';
    const db = createLibraryDb(kv, { ...options(), now: () => now });
    await db.save(assessment('old'), null);
    await db.remove('old', 1);
    now = '2026-03-20T09:00:00.000Z';
    await db.save(assessment('recent'), null);
    await db.remove('recent', 1);
    now = '2026-03-30T08:59:59.000Z';
    expect((await db.load()).deleted.map((entry) => entry.id)).toEqual(['recent', 'old']);
    now = '2026-03-31T09:00:00.000Z';
    const loaded = await db.load();
    expect(loaded.deleted.map((entry) => entry.id)).toEqual(['recent']);
    expect([...kv.data.keys()].filter((key) => key.startsWith('deleted:'))).toEqual([
      'deleted:recent:2026-03-20T09:00:00.000Z',
    ]);
    // deleted for good before that, when the user asks
    await db.removeDeleted('deleted:recent:2026-03-20T09:00:00.000Z');
    expect((await db.load()).deleted).toEqual([]);
    // only deleted ones: any other key is left alone
    await db.save(assessment('kept'), null);
    await db.removeDeleted('assessment:kept');
    expect(kv.data.has('assessment:kept')).toBe(true);
  });

  it('sets a damaged deleted assessment aside (kept) and lists the rest', async () => {
    const kv = memoryStorage();
    const db = createLibraryDb(kv, options());
    await db.save(assessment('good'), null);
    await db.remove('good', 1);
    kv.data.set('deleted:bad:2026-03-14T11:00:00.000Z', {
      id: 'bad',
      deletedAt: '2026-03-14T11:00:00.000Z',
      rev: 2,
      tab: 'x',
      file: { type: 'avoin-kunta-assessment', formatVersion: 1, hand: 'edited' },
    });
    kv.data.set('deleted:undated:x', { hand: 'edited' });
    const loaded = await db.load();
    expect(loaded.deleted.map((entry) => entry.id)).toEqual(['good']);
    expect(loaded.setAside.map((entry) => entry.id).sort()).toEqual(['bad', 'undated']);
    expect(await db.readSetAside(loaded.setAside.find((entry) => entry.id === 'bad')!.key)).toContain(
      '"hand": "edited"',
    );
    expect([...kv.data.keys()].filter((key) => key.startsWith('deleted:'))).toEqual([
      'deleted:good:2026-03-14T12:00:00.000Z',
    ]);
    // listed under the same ids on the next load (the key's time has colons of its own)
    expect((await db.load()).setAside.map((entry) => entry.id).sort()).toEqual(['bad', 'undated']);
  });

  it('records the library layout version', async () => {
    const kv = memoryStorage();
    const db = createLibraryDb(kv, options());
    expect((await db.load()).version).toBeNull();
    await db.writeVersion(1);
    expect((await db.load()).version).toBe(1);
  });

  it('names storage failures: full, blocked, other', async () => {
    expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(new DOMException('no', 'SecurityError'))).toBe('unavailable');
    expect(classifyStorageError(new DOMException('closing', 'InvalidStateError'))).toBe('unavailable');
    expect(classifyStorageError(new TypeError('indexedDB is undefined'))).toBe('unavailable');
    expect(classifyStorageError(new Error('odd'))).toBe('unknown');
    const kv = memoryStorage();
    kv.failWritesWith = 'QuotaExceededError';
    const db = createLibraryDb(kv, options());
    await expect(db.save(assessment('a-1'), null)).rejects.toSatisfy(
      (error: unknown) => error instanceof StorageError && error.failure === 'quota',
    );
    expect(kv.data.size).toBe(0);
  });
});
