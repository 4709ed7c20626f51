/**
 * The browser side of files: reading what the user picked or dropped, and handing a download to
 * the browser. Parsing and validation are pure code in src/domain/files.
 */
import { maxFileBytes } from '../domain/files/format';

export type ReadBytesResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'tooLarge'; bytes: number }
  | { ok: false; reason: 'unreadable' };

/** The bytes of a picked or dropped file; a file over the limit is refused before it is read. */
export async function readFileBytes(file: Blob): Promise<ReadBytesResult> {
  if (file.size > maxFileBytes) return { ok: false, reason: 'tooLarge', bytes: file.size };
  try {
    return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    // the file was moved or deleted after it was picked, or the browser refused to read it
    return { ok: false, reason: 'unreadable' };
  }
}

/**
 * Offers `content` as a download named `fileName`. Works with storage blocked: nothing is stored,
 * the browser saves the file where the user chooses. Returns false if the browser refused.
 */
export function downloadFile(fileName: string, content: string | Uint8Array, mimeType: string): boolean {
  try {
    const blob = new Blob([content as BlobPart], { type: mimeType });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    // revoke later: some browsers start reading the blob after click() returns
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}
