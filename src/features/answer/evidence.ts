import { evidenceUrlSchema } from '../../domain/assessment/schema';

/** The limits the assessment file format sets (src/domain/assessment/schema.ts). */
export const maxEvidenceLinks = 50;
export const maxEvidenceLength = 2000;

/** Why an address cannot be added; each has a message in answer.json (`answer.evidence.errors.*`). */
export type EvidenceError = 'empty' | 'invalid' | 'protocol' | 'tooLong' | 'duplicate' | 'tooMany';

/**
 * Checks an evidence address before it is added: only complete http(s) addresses, so a link can
 * never run script (javascript:) or open a local file. The final check is the file format's own
 * schema, so whatever is accepted here also passes when the assessment is exported and reopened.
 */
export function checkEvidenceUrl(
  input: string,
  existing: readonly string[],
): { ok: true; url: string } | { ok: false; error: EvidenceError } {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (existing.length >= maxEvidenceLinks) return { ok: false, error: 'tooMany' };
  if (text.length > maxEvidenceLength) return { ok: false, error: 'tooLong' };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, error: 'protocol' };
  if (!parsed.hostname || !evidenceUrlSchema.safeParse(text).success) return { ok: false, error: 'invalid' };
  if (existing.includes(text)) return { ok: false, error: 'duplicate' };
  return { ok: true, url: text };
}

/** True for an http(s) address: the only kind the screen turns into a link. */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
