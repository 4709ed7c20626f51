/**
 * Guarded access to window.localStorage for small preferences. Private windows, disabled storage
 * and a full quota are normal events here: reads fall back to null, writes report failure.
 */
export function readPreference(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Returns false when the browser refused the write (blocked or full storage). */
export function writePreference(key: string, value: string): boolean {
  try {
    globalThis.localStorage?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
