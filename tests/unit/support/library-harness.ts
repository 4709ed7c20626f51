// Persistence under test: a library database on memory storage, and channels between "tabs" in
// one test, for the tests of the saving engine and of recently deleted assessments.
import type { LibraryChannel, LibraryMessage } from '../../../src/persistence/broadcast';
import { createLibraryDb, type LibraryDb } from '../../../src/persistence/library-db';
import { startPersistence } from '../../../src/state/persist';
import type { MemoryStorage } from './memory-storage';

const app = { name: 'avoin-kunta-workshop', version: '0.1.0' };

export const dbFor = (kv: MemoryStorage, tab: string): LibraryDb =>
  createLibraryDb(kv, { tab, app, now: () => new Date().toISOString() });

/** Channels between "tabs" in one test: what one posts, the test delivers to the other. */
export function channelHub() {
  const listeners = new Set<(message: LibraryMessage) => void>();
  const posted: LibraryMessage[] = [];
  return {
    posted,
    open: async (onMessage: (message: LibraryMessage) => void): Promise<LibraryChannel> => {
      listeners.add(onMessage);
      return { post: (message) => posted.push(message), close: () => listeners.delete(onMessage) };
    },
    deliver(message: LibraryMessage) {
      for (const listener of listeners) listener(message);
    },
  };
}

/** Starts the saving engine on `kv` as "this-tab", with `hub` as the channel to other tabs. */
export async function start(kv: MemoryStorage, hub = channelHub(), debounceMs = 10, listenToPage = false) {
  await startPersistence({
    openDb: async () => dbFor(kv, 'this-tab'),
    openChannel: hub.open,
    debounceMs,
    listenToPage,
  });
  return hub;
}
