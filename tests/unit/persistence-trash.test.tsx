// Recently deleted: a deletion moves the assessment to the deleted ones in storage, where it can be
// restored (focus goes to it) or deleted for good after a confirmation; an undo takes it back out
// of them; other tabs follow; with storage blocked they are kept for the session.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Assessment } from '../../src/domain/assessment/schema';
import { LibraryPanel } from '../../src/features/library/LibraryPanel';
import {
  deleteForever,
  flushLibrary,
  restoreDeleted,
  startPersistence,
  stopPersistence,
  usePersistence,
} from '../../src/state/persist';
import { useLibrary } from '../../src/state/store';
import { channelHub, dbFor, start } from './support/library-harness';
import { memoryStorage, type MemoryStorage } from './support/memory-storage';
import { renderWithApp } from './support/render';
import { hameenlinna, savedAssessment } from './support/saved-assessment';

const assessment = (id: string, overrides: Partial<Assessment> = {}) =>
  savedAssessment(id, overrides, hameenlinna);

const keys = (kv: MemoryStorage, prefix: string) =>
  [...kv.data.keys()].filter((key) => key.startsWith(prefix));
const deletedIds = () => usePersistence.getState().deleted.map((entry) => entry.id);

beforeEach(() => useLibrary.setState({ assessments: {}, history: {}, lastChange: null }));
afterEach(() => {
  cleanup();
  stopPersistence();
  useLibrary.setState({ assessments: {}, history: {}, lastChange: null });
});

describe('deleted assessments in storage', () => {
  it('keeps a deletion, with changes not yet written, and lists it after a reload', async () => {
    const kv = memoryStorage();
    await dbFor(kv, 'earlier').save(assessment('a-1'), null);
    await start(kv);
    // changed and deleted before the change was written: the change is kept with it
    useLibrary.getState().update('a-1', (a) => ({ ...a, facilitator: 'Viime hetken muutos' }));
    useLibrary.getState().deleteAssessment('a-1');
    await flushLibrary();
    expect(keys(kv, 'assessment:')).toEqual([]);
    expect(keys(kv, 'deleted:a-1:')).toHaveLength(1);
    expect(deletedIds()).toEqual(['a-1']);
    // a reload
    stopPersistence();
    useLibrary.setState({ assessments: {}, history: {}, lastChange: null });
    await start(kv);
    expect(useLibrary.getState().assessments).toEqual({});
    expect(usePersistence.getState().deleted[0]?.assessment.facilitator).toBe('Viime hetken muutos');
  });

  it('an undo after the deletion was written takes it back out of the deleted ones, in one step', async () => {
    const kv = memoryStorage();
    await dbFor(kv, 'earlier').save(assessment('a-1'), null);
    const hub = await start(kv);
    useLibrary.getState().deleteAssessment('a-1');
    await flushLibrary();
    expect(keys(kv, 'deleted:')).toHaveLength(1);
    useLibrary.getState().undoLibraryChange();
    await flushLibrary();
    expect(keys(kv, 'deleted:')).toEqual([]);
    expect(deletedIds()).toEqual([]);
    // its revision goes on from the deletion's: a tab that missed both still sees it moved on
    expect((kv.data.get('assessment:a-1') as { rev: number }).rev).toBe(3);
    expect(hub.posted.map((message) => message.kind)).toEqual(['deleted', 'saved', 'trash']);
  });

  it('restores under a new id when the library has the id again, and deletes for good', async () => {
    const kv = memoryStorage();
    const earlier = dbFor(kv, 'earlier');
    await earlier.save(assessment('a-1'), null);
    await earlier.save(assessment('a-2'), null);
    await start(kv);
    useLibrary.getState().deleteAssessment('a-1');
    useLibrary.getState().deleteAssessment('a-2');
    await flushLibrary();
    // the same assessment opened from a file (changed since): both are kept
    useLibrary
      .getState()
      .importAssessment(assessment('a-1', { facilitator: 'Tiedostosta' }), { mode: 'new' });
    await flushLibrary();
    const entry = usePersistence.getState().deleted.find((candidate) => candidate.id === 'a-1')!;
    const id = await restoreDeleted(entry);
    expect(id).not.toBeNull();
    expect(id).not.toBe('a-1');
    expect(useLibrary.getState().assessments[id!]?.facilitator).toBe('');
    expect(useLibrary.getState().assessments['a-1']?.facilitator).toBe('Tiedostosta');
    expect(keys(kv, 'assessment:').sort()).toEqual([`assessment:${id}`, 'assessment:a-1'].sort());
    await deleteForever(usePersistence.getState().deleted[0]!);
    expect(deletedIds()).toEqual([]);
    expect(keys(kv, 'deleted:')).toEqual([]);
  });

  it('another tab’s deletion and restore show in this one', async () => {
    const kv = memoryStorage();
    await dbFor(kv, 'earlier').save(assessment('a-1'), null);
    const hub = await start(kv);
    const other = dbFor(kv, 'other-tab');
    const removed = await other.remove('a-1', 1);
    hub.deliver({ kind: 'deleted', id: 'a-1', rev: removed.ok ? removed.rev : 0, tab: 'other-tab' });
    await waitFor(() => expect(deletedIds()).toEqual(['a-1']));
    expect(useLibrary.getState().assessments['a-1']).toBeUndefined();
    const entry = (await other.listDeleted())[0]!;
    const restored = await other.restore(entry.key, entry.assessment, entry.rev);
    hub.deliver({ kind: 'saved', id: 'a-1', rev: restored.ok ? restored.rev : 0, tab: 'other-tab' });
    hub.deliver({ kind: 'trash', id: entry.key, rev: 0, tab: 'other-tab' });
    await waitFor(() => expect(useLibrary.getState().assessments['a-1']).toBeDefined());
    await waitFor(() => expect(deletedIds()).toEqual([]));
  });

  it('keeps deleted assessments for the session when storage is blocked', async () => {
    await startPersistence({
      openDb: async () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      openChannel: channelHub().open,
      listenToPage: false,
    });
    expect(usePersistence.getState().mode).toBe('memory');
    useLibrary.getState().add(assessment('a-1'));
    useLibrary.getState().deleteAssessment('a-1');
    expect(deletedIds()).toEqual(['a-1']);
    // an undo takes it back out
    useLibrary.getState().undoLibraryChange();
    expect(deletedIds()).toEqual([]);
    useLibrary.getState().deleteAssessment('a-1');
    const id = await restoreDeleted(usePersistence.getState().deleted[0]!);
    expect(id).toBe('a-1');
    expect(useLibrary.getState().assessments['a-1']).toBeDefined();
    expect(deletedIds()).toEqual([]);
  });
});

describe('recently deleted on the start page', () => {
  it('lists deleted ones collapsed with their count; restores one with focus on it; deletes one for good after a named confirmation', async () => {
    const user = userEvent.setup();
    const kv = memoryStorage();
    const earlier = dbFor(kv, 'earlier');
    await earlier.save(assessment('a-1', { title: 'Kevään työpaja' }), null);
    await earlier.save(assessment('a-2', { title: 'Syksyn työpaja' }), null);
    await start(kv);
    renderWithApp(<LibraryPanel />, { language: 'fi' });
    const library = screen.getByRole('region', { name: 'Tallennetut arvioinnit' });
    expect(within(library).queryByText(/^Poistetut/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Poista: Kevään työpaja' }));
    expect(screen.getByText(/Voit palauttaa sen Poistetuista 30 päivän ajan\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Poista: Syksyn työpaja' }));
    await act(() => flushLibrary());
    const summary = await screen.findByText('Poistetut (2)');
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    expect(within(details).getByText(/säilyvät tässä selaimessa 30 päivää/)).toBeInTheDocument();

    await user.click(within(details).getByRole('button', { name: 'Palauta: Kevään työpaja' }));
    const heading = await screen.findByRole('heading', { name: 'Kevään työpaja' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Arviointi ”Kevään työpaja” palautettiin.')).toHaveAttribute('role', 'status');
    expect(screen.getByText('Poistetut (1)')).toBeInTheDocument();
    expect(keys(kv, 'assessment:')).toEqual(['assessment:a-1']);

    const forever = within(details).getByRole('button', { name: 'Poista pysyvästi: Syksyn työpaja' });
    await user.click(forever);
    const confirm = screen.getByRole('group', { name: 'Poistetaanko ”Syksyn työpaja” pysyvästi?' });
    expect(confirm).toHaveAccessibleDescription('Pysyvästi poistettua arviointia ei voi enää palauttaa.');
    expect(within(confirm).getByRole('button', { name: 'Peruuta' })).toHaveFocus();
    // Escape keeps it
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Poistetaanko/ })).toBeNull();
    await waitFor(() => expect(forever).toHaveFocus());
    await user.click(forever);
    await user.click(
      within(screen.getByRole('group', { name: /Poistetaanko/ })).getByRole('button', {
        name: 'Poista pysyvästi',
      }),
    );
    await screen.findByText('Arviointi ”Syksyn työpaja” poistettiin pysyvästi.');
    expect(screen.queryByText(/^Poistetut/)).toBeNull();
    expect(keys(kv, 'deleted:')).toEqual([]);
  });
});
