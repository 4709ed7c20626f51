/**
 * The rules of "recently deleted": a deleted assessment is kept for `trashRetentionDays` days from
 * the moment it was deleted, and can be restored or deleted for good in that time. After that it
 * is removed the next time the library loads. Pure: the caller gives the clock.
 */

/** How long a deleted assessment is kept, in days. */
export const trashRetentionDays = 30;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * True when an assessment deleted at `deletedAt` (ISO date-time) has been kept its full time by
 * `now`. A moment that cannot be read is never expired: what cannot be dated is kept rather than
 * lost (the user can still delete it for good).
 */
export function isTrashExpired(deletedAt: string, now: string): boolean {
  const deleted = Date.parse(deletedAt);
  const current = Date.parse(now);
  if (Number.isNaN(deleted) || Number.isNaN(current)) return false;
  return current - deleted >= trashRetentionDays * dayMs;
}

/** Order of the deleted list: the most recently deleted first, ties by key so the order is stable. */
export function byLastDeleted(
  a: { deletedAt: string; key: string },
  b: { deletedAt: string; key: string },
): number {
  if (a.deletedAt !== b.deletedAt) return a.deletedAt < b.deletedAt ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
