// The library store saving itself: loading at start, writing each change soon (and at once when
// the page is hidden), two tabs on one assessment, and storage that is blocked, full or corrupt.
import { emptyAnswer } from '../../src/domain/assessment/create';
import type { Assessment } from '../../src/domain/assessment/schema';
import {
  flushLibrary,
  resolveConflict,
  saveStatusOf,
  startPersistence,
  stopPersistence,
  usePersistence,
} from '../../src/state/persist';
import { useLibrary } from '../../src/state/store';
import { channelHub, dbFor, start } from './support/library-harness';
import { memoryStorage, type MemoryStorage } from './support/memory-storage';
import { savedAssessment } from './support/saved-assessment';

const assessment = (id: string, overrides: Partial<Assessment> = {}) => savedAssessment(id, overrides);

const stored = (kv: MemoryStorage, id: string) =>
  kv.data.get(`assessment:${id}`) as { rev: number; file: { assessment: Assessment } } | undefined;

beforeEach(() => useLibrary.setState({ assessments: {}, history: {}, lastChange: null }));
afterEach(() => {
  stopPersistence();
  useLibrary.setState({ assessments: {}, history: {}, lastChange: null });
});

describe('saving the library', () => {
  it('loads the stored library at start and says so', async () => {
    const kv = memoryStorage();
    await dbFor(kv, 'earlier').save(assessment('a-1'), null);
    expect(usePersistence.getState().mode).toBe('off');
    const starting = start(kv);
    expect(usePersistence.getState().mode).toBe('starting');
    await starting;
    expect(usePersistence.getState().mode).toBe('ready');
    expect(Object.keys(useLibrary.getState().assessments)).toEqual(['a-1']);
    expect(saveStatusOf(usePersistence.getState())).toBe('saved');
  });

  it('writes a change within the debounce, only the assessment that changed, and nothing of the UI state', async () => {
    const kv = memoryStorage();
    const earlier = dbFor(kv, 'earlier');
    await earlier.save(assessment('a-1'), null);
    await earlier.save(assessment('a-2'), null);
    await start(kv);
    const writesBefore = kv.writes;
    useLibrary.getState().setAnswer('a-1', 'open-source.general.policy', { current: 3 });
    expect(saveStatusOf(usePersistence.getState())).toBe('saving');
    await vi.waitFor(() => expect(stored(kv, 'a-1')?.rev).toBe(2));
    await vi.waitFor(() => expect(saveStatusOf(usePersistence.getState())).toBe('saved'));
    expect(stored(kv, 'a-1')?.file.assessment.answers['open-source.general.policy']?.current).toBe(3);
    expect(stored(kv, 'a-2')?.rev).toBe(1);
    // one entry write plus the layout version, never the undo history
    expect(kv.writes - writesBefore).toBe(2);
    expect(JSON.stringify([...kv.data])).not.toContain('"past"');
    expect(useLibrary.getState().history['a-1']?.past).toHaveLength(1);
  });

  it('keeps what was made while the library loaded', async () => {
    const kv = memoryStorage();
    await dbFor(kv, 'earlier').save(assessment('stored'), null);
    const starting = start(kv);
    useLibrary.getState().add(assessment('made-meanwhile'));
    await starting;
    expect(Object.keys(useLibrary.getState().assessments).sort()).toEqual(['made-meanwhile', 'stored']);
    await vi.waitFor(() => expect(stored(kv, 'made-meanwhile')?.rev).toBe(1));
  });

  it('writes at once when the page is hidden or closed', async () => {
    const kv = memoryStorage();
    await start(kv, channelHub(), 60_000, true);
    useLibrary.getState().add(assessment('a-1'));
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(stored(kv, 'a-1')?.rev).toBe(1));
    useLibrary.getState().rename('a-1', 'Piilossa tallennettu');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(stored(kv, 'a-1')?.file.assessment.title).toBe('Piilossa tallennettu'));
    visibility.mockRestore();
  });

  it('loses nothing when the page goes away before the write: the change is journaled and applied on the next load', async () => {
    const kv = memoryStorage();
    await dbFor(kv, 'earlier').save(assessment('a-1'), null);
    await start(kv, channelHub(), 60_000, true);
    useLibrary.getState().setAnswer('a-1', 'open-source.general.policy', { current: 4 });
    // the page unloads: the handler runs, but nothing after it does
    window.dispatchEvent(new Event('pagehide'));
    stopPersistence();
    expect([...kv.data.keys()]).toContain('journal:a-1:this-tab');
    useLibrary.setState({ assessments: {}, history: {}, lastChange: null });
    await start(kv);
    expect(useLibrary.getState().assessments['a-1']?.answers['open-source.general.policy']?.current).toBe(4);
    expect(stored(kv, 'a-1')?.rev).toBe(2);
    expect(usePersistence.getState().recovered).toEqual([]);
  });

  it('deletes the entry of a deleted assessment, and writes it again when the deletion is undone', async () => {
    const kv = memoryStorage();
    await dbFor(kv, 'earlier').save(assessment('a-1'), null);
    await start(kv);
    useLibrary.getState().deleteAssessment('a-1');
    await flushLibrary();
    expect(stored(kv, 'a-1')).toBeUndefined();
    useLibrary.getState().undoLibraryChange();
    await flushLibrary();
    expect(stored(kv, 'a-1')?.file.assessment.id).toBe('a-1');
  });

  it('tells the other tabs what it wrote', async () => {
    const kv = memoryStorage();
    const hub = await start(kv);
    useLibrary.getState().add(assessment('a-1'));
    await flushLibrary();
    expect(hub.posted).toEqual([expect.objectContaining({ kind: 'saved', id: 'a-1', rev: 1 })]);
  });
});

describe('two tabs on the same assessment', () => {
  it('an idle tab takes the other tab’s change', async () => {
    const kv = memoryStorage();
    const other = dbFor(kv, 'other-tab');
    await other.save(assessment('a-1'), null);
    const hub = await start(kv);
    useLibrary.getState().setAnswer('a-1', 'open-source.general.policy', { current: 1 });
    await flushLibrary();
    const theirs = { ...stored(kv, 'a-1')!.file.assessment, facilitator: 'Toisen välilehden muutos' };
    expect(await other.save(theirs, 2)).toEqual({ ok: true, rev: 3 });
    hub.deliver({ kind: 'saved', id: 'a-1', rev: 3, tab: 'other-tab' });
    await vi.waitFor(() =>
      expect(useLibrary.getState().assessments['a-1']?.facilitator).toBe('Toisen välilehden muutos'),
    );
    // its own earlier edits cannot be undone over the other tab's version
    expect(useLibrary.getState().history['a-1']).toBeUndefined();
    expect(saveStatusOf(usePersistence.getState())).toBe('saved');
    // and a deletion there removes it here
    await other.remove('a-1', 3);
    hub.deliver({ kind: 'deleted', id: 'a-1', rev: 4, tab: 'other-tab' });
    await vi.waitFor(() => expect(useLibrary.getState().assessments['a-1']).toBeUndefined());
  });

  it('sees an assessment another tab created', async () => {
    const kv = memoryStorage();
    const hub = await start(kv);
    await dbFor(kv, 'other-tab').save(assessment('new-there'), null);
    hub.deliver({ kind: 'saved', id: 'new-there', rev: 1, tab: 'other-tab' });
    await vi.waitFor(() => expect(useLibrary.getState().assessments['new-there']).toBeDefined());
  });

  it('never overwrites silently: a tab with unsaved changes is told, and the user chooses', async () => {
    const kv = memoryStorage();
    const other = dbFor(kv, 'other-tab');
    await other.save(assessment('a-1'), null);
    const hub = await start(kv, channelHub(), 60_000);
    useLibrary
      .getState()
      .setAnswer('a-1', 'open-source.general.policy', { notes: 'Tämän välilehden muistiinpano' });
    await other.save({ ...assessment('a-1'), facilitator: 'Toinen' }, 1);
    hub.deliver({ kind: 'saved', id: 'a-1', rev: 2, tab: 'other-tab' });
    await vi.waitFor(() =>
      expect(usePersistence.getState().conflicts['a-1']).toEqual({ id: 'a-1', kind: 'changed' }),
    );
    expect(saveStatusOf(usePersistence.getState())).toBe('not-saved');
    await flushLibrary();
    // nothing was written over the other tab's version, and this tab's edit is still here
    expect(stored(kv, 'a-1')?.file.assessment.facilitator).toBe('Toinen');
    expect(useLibrary.getState().assessments['a-1']?.answers['open-source.general.policy']?.notes).toBe(
      'Tämän välilehden muistiinpano',
    );

    await resolveConflict('a-1', { choice: 'copy', title: 'Oma versio (kopio)' });
    const all = Object.values(useLibrary.getState().assessments);
    expect(all).toHaveLength(2);
    expect(useLibrary.getState().assessments['a-1']?.facilitator).toBe('Toinen');
    const copy = all.find((candidate) => candidate.id !== 'a-1')!;
    expect(copy.title).toBe('Oma versio (kopio)');
    expect(copy.answers['open-source.general.policy']?.notes).toBe('Tämän välilehden muistiinpano');
    expect(usePersistence.getState().conflicts).toEqual({});
    await flushLibrary();
    expect(stored(kv, copy.id)?.rev).toBe(1);
    expect(stored(kv, 'a-1')?.rev).toBe(2);
  });

  it('finds the other tab’s write even without messages, and keeps mine when asked', async () => {
    const kv = memoryStorage();
    const other = dbFor(kv, 'other-tab');
    await other.save(assessment('a-1'), null);
    await start(kv, channelHub(), 60_000);
    await other.save({ ...assessment('a-1'), facilitator: 'Toinen' }, 1); // no message: BroadcastChannel missing
    useLibrary.getState().update('a-1', (a) => ({ ...a, facilitator: 'Minä' }));
    await flushLibrary();
    expect(usePersistence.getState().conflicts['a-1']?.kind).toBe('changed');
    expect(stored(kv, 'a-1')?.file.assessment.facilitator).toBe('Toinen');
    await resolveConflict('a-1', { choice: 'mine' });
    expect(stored(kv, 'a-1')?.file.assessment.facilitator).toBe('Minä');
    expect(stored(kv, 'a-1')?.rev).toBe(3);
    expect(saveStatusOf(usePersistence.getState())).toBe('saved');
  });

  it('takes the other version when the user chooses so', async () => {
    const kv = memoryStorage();
    const other = dbFor(kv, 'other-tab');
    await other.save(assessment('a-1'), null);
    await start(kv, channelHub(), 60_000);
    await other.save({ ...assessment('a-1'), facilitator: 'Toinen' }, 1);
    useLibrary.getState().update('a-1', (a) => ({ ...a, facilitator: 'Minä' }));
    await flushLibrary();
    await resolveConflict('a-1', { choice: 'theirs' });
    expect(useLibrary.getState().assessments['a-1']?.facilitator).toBe('Toinen');
    expect(Object.keys(useLibrary.getState().assessments)).toEqual(['a-1']);
    await flushLibrary();
    expect(stored(kv, 'a-1')?.rev).toBe(2);
  });
});

describe('storage that is blocked, full or corrupt', () => {
  it('keeps working in memory when the browser blocks storage', async () => {
    await startPersistence({
      openDb: async () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
      openChannel: channelHub().open,
      listenToPage: false,
    });
    expect(usePersistence.getState()).toMatchObject({ mode: 'memory', failure: 'unavailable' });
    expect(saveStatusOf(usePersistence.getState())).toBe('not-saved');
    const id = useLibrary.getState().create({
      questionnaire: { id: 'avoin-kunta', version: '1.0.0' },
      municipality: { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } },
      date: '2026-03-14',
      scope: { areas: ['finance'], phases: ['strategy'], profile: 'full' },
    });
    useLibrary.getState().setAnswer(id, 'open-source.general.policy', { current: 2 });
    await flushLibrary();
    expect(useLibrary.getState().assessments[id]?.answers['open-source.general.policy']?.current).toBe(2);
  });

  it('treats a store that fails on every call the same way', async () => {
    const kv = memoryStorage();
    kv.failWith = 'InvalidStateError';
    await start(kv);
    expect(usePersistence.getState()).toMatchObject({ mode: 'memory', failure: 'unavailable' });
  });

  it('reports a full disk as not saved, keeps the change, and saves once there is room', async () => {
    const kv = memoryStorage();
    await dbFor(kv, 'earlier').save(assessment('a-1'), null);
    await start(kv);
    kv.failWritesWith = 'QuotaExceededError';
    useLibrary.getState().setAnswer('a-1', 'open-source.general.policy', { current: 5 });
    await flushLibrary();
    expect(usePersistence.getState().failure).toBe('quota');
    expect(saveStatusOf(usePersistence.getState())).toBe('not-saved');
    expect(useLibrary.getState().assessments['a-1']?.answers['open-source.general.policy']?.current).toBe(5);
    expect(stored(kv, 'a-1')?.rev).toBe(1);
    kv.failWritesWith = null;
    useLibrary.getState().setAnswer('a-1', 'open-source.general.policy', { target: 5 });
    await flushLibrary();
    expect(usePersistence.getState().failure).toBeNull();
    expect(stored(kv, 'a-1')?.file.assessment.answers['open-source.general.policy']).toMatchObject({
      current: 5,
      target: 5,
    });
    expect(saveStatusOf(usePersistence.getState())).toBe('saved');
  });

  it('sets a corrupt entry aside and loads the rest', async () => {
    const kv = memoryStorage();
    await dbFor(kv, 'earlier').save(assessment('good'), null);
    kv.data.set('assessment:broken', {
      rev: 1,
      tab: 'x',
      savedAt: '',
      file: { type: 'avoin-kunta-assessment', formatVersion: 1 },
    });
    await start(kv);
    expect(Object.keys(useLibrary.getState().assessments)).toEqual(['good']);
    expect(usePersistence.getState().setAside).toEqual([
      expect.objectContaining({ id: 'broken', problem: expect.objectContaining({ kind: 'invalid' }) }),
    ]);
    expect([...kv.data.keys()].some((key) => key.startsWith('set-aside:broken:'))).toBe(true);
  });
});

describe('the stored layout', () => {
  it('keeps only the assessments (partialize) under a version, migrating an unknown older one', async () => {
    const { migrateLibraryState, mergeLibraryState } = await import('../../src/state/persist');
    expect(useLibrary.persist.getOptions().version).toBe(1);
    const partialize = useLibrary.persist.getOptions().partialize!;
    useLibrary.setState({
      assessments: { 'a-1': assessment('a-1') },
      lastChange: { kind: 'deleted', previous: assessment('x') },
    });
    expect(Object.keys(partialize(useLibrary.getState()))).toEqual(['assessments']);
    expect(migrateLibraryState({ assessments: { 'a-1': assessment('a-1') } }, 0).assessments['a-1']?.id).toBe(
      'a-1',
    );
    expect(migrateLibraryState('garbage', 0)).toEqual({ assessments: {} });
    const merged = mergeLibraryState(
      { assessments: { stored: assessment('stored') } },
      useLibrary.getState(),
    );
    expect(Object.keys(merged.assessments).sort()).toEqual(['a-1', 'stored']);
    expect(merged.lastChange?.kind).toBe('deleted');
    expect(typeof merged.update).toBe('function');
  });

  it('a new answer object per change: the engine compares by reference, not by content', () => {
    const a = assessment('a-1', { answers: { x: emptyAnswer() } });
    useLibrary.setState({ assessments: { 'a-1': a } });
    useLibrary.getState().setAnswer('a-1', 'x', { current: 1 });
    expect(useLibrary.getState().assessments['a-1']).not.toBe(a);
  });
});
