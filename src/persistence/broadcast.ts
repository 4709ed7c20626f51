/**
 * Messages between tabs of the app on this device (BroadcastChannel), so that a tab hears at once
 * when another one saved or deleted an assessment. Guarded: where BroadcastChannel is missing or
 * blocked, the tabs still never overwrite each other (writes check revisions), they just learn
 * of each other's changes on their next write instead.
 */

/**
 * What a tab tells the others after a write. `trash`: the deleted assessments changed (one was
 * restored or deleted for good; `id` is its storage key, `rev` 0): the others read the list again.
 */
export type LibraryMessage =
  | { kind: 'saved'; id: string; rev: number; tab: string }
  | { kind: 'deleted'; id: string; rev: number; tab: string }
  | { kind: 'trash'; id: string; rev: number; tab: string };

export interface LibraryChannel {
  post(message: LibraryMessage): void;
  close(): void;
}

function isLibraryMessage(data: unknown): data is LibraryMessage {
  if (data === null || typeof data !== 'object') return false;
  const message = data as Record<string, unknown>;
  return (
    (message.kind === 'saved' || message.kind === 'deleted' || message.kind === 'trash') &&
    typeof message.id === 'string' &&
    typeof message.rev === 'number' &&
    typeof message.tab === 'string'
  );
}

/** Opens the channel; `onMessage` receives only well-formed messages from other tabs. */
export function openLibraryChannel(
  name: string,
  onMessage: (message: LibraryMessage) => void,
): LibraryChannel {
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isLibraryMessage(event.data)) onMessage(event.data);
    };
  } catch {
    channel = undefined;
  }
  return {
    post(message) {
      try {
        channel?.postMessage(message);
      } catch {
        // a closed or blocked channel: the revision check still protects the data
      }
    },
    close() {
      try {
        channel?.close();
      } catch {
        // already closed
      }
    },
  };
}
