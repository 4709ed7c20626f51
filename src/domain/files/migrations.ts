/**
 * Upgrades of older assessment files, one format version at a time. The same chain upgrades the
 * entries saved in the browser, because they are stored as files (see src/persistence/library-db.ts).
 *
 * To change the format: raise `currentFormatVersion` in format.ts, add the upgrade from the
 * previous version here, keep a file of the previous version in tests/fixtures/files/ forever, and
 * document the change in docs/file-format.md. Version 1 is the first format, so nothing upgrades yet.
 */
import { currentFormatVersion } from './format';

/** A JSON object as read from a file: not yet validated. */
export type JsonObject = Record<string, unknown>;

/** Upgrade from format version `n` to `n + 1`, keyed by `n`. Receives and returns unvalidated data. */
export type FileMigration = (file: JsonObject) => JsonObject;

export const fileMigrations: Readonly<Record<number, FileMigration>> = {};

/**
 * Runs every upgrade from `from` to `to`. Returns null when a step is missing (a version the app
 * never wrote). The result still has to pass the schema.
 */
export function migrateFile(
  file: JsonObject,
  from: number,
  migrations: Readonly<Record<number, FileMigration>> = fileMigrations,
  to: number = currentFormatVersion,
): JsonObject | null {
  let current = file;
  for (let version = from; version < to; version++) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) return null;
    current = { ...step(current), formatVersion: version + 1 };
  }
  return current;
}
