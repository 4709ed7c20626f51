/** One choice in a combobox. */
export interface ComboboxOption {
  /** What the form stores when this option is chosen; unique within the list. */
  value: string;
  /** What the input shows once the option is chosen, and the option's main line. */
  label: string;
  /** A second, smaller line in the list (a code, a region). */
  detail?: string;
  /** Other texts the option is found by (a name in another language, a code). */
  keywords?: readonly string[];
}

/**
 * Text for matching: lowercase, accents removed and spaces collapsed, so "hameenlinna" finds
 * "Hämeenlinna" and "jakobstad" finds "Jakobstad" whatever the user's keyboard.
 */
export function normalizeSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** How well `text` matches `query` (both normalised): 0 exact … 3 inside a word; null for no match. */
function rank(text: string, query: string): number | null {
  if (text === query) return 0;
  if (text.startsWith(query)) return 1;
  if (text.split(/[\s()\-–,./]+/).some((word) => word.startsWith(query))) return 2;
  return text.includes(query) ? 3 : null;
}

function searchTexts(option: ComboboxOption): string[] {
  return [option.label, ...(option.keywords ?? [])].map(normalizeSearch);
}

/**
 * The options that match `query` by label or keyword, best first: an exact match, then names that
 * start with the query, then a word that does, then any substring. Ties keep the list's order.
 * An empty query returns every option.
 */
export function filterOptions(options: readonly ComboboxOption[], query: string): ComboboxOption[] {
  const wanted = normalizeSearch(query);
  if (wanted === '') return [...options];
  const ranked: Array<{ option: ComboboxOption; score: number; index: number }> = [];
  options.forEach((option, index) => {
    let best: number | null = null;
    for (const text of searchTexts(option)) {
      const score = rank(text, wanted);
      if (score !== null && (best === null || score < best)) best = score;
    }
    if (best !== null) ranked.push({ option, score: best, index });
  });
  ranked.sort((a, b) => a.score - b.score || a.index - b.index);
  return ranked.map((r) => r.option);
}

/** The option whose label or a keyword equals `query` (ignoring case and accents), if exactly one does. */
export function exactOption(options: readonly ComboboxOption[], query: string): ComboboxOption | undefined {
  const wanted = normalizeSearch(query);
  if (wanted === '') return undefined;
  const found = options.filter((option) => searchTexts(option).includes(wanted));
  return found.length === 1 ? found[0] : undefined;
}
