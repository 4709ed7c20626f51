/**
 * The embedded font is cut down to Latin scripts (src/cli/subset-fonts.ts). A character it lacks
 * would print as an empty box, so text is reduced to what the font has: first the composed form,
 * then the base letter without its accent ("ǹ" → "n"), else "?". The printable HTML report shows
 * every character as typed.
 */
export function createSanitizer(covered: (codePoint: number) => boolean): (text: string) => string {
  const cache = new Map<string, string>();
  const fallback = (char: string): string => {
    const cached = cache.get(char);
    if (cached !== undefined) return cached;
    const base = [...char.normalize('NFKD')]
      .filter((c) => !/\p{M}/u.test(c))
      .filter((c) => covered(c.codePointAt(0) ?? 0))
      .join('');
    const result = base || '?';
    cache.set(char, result);
    return result;
  };
  return (text: string): string => {
    const normalized = text.normalize('NFC').replace(/\t/g, ' ').replace(/\r\n?/g, '\n');
    let out = '';
    for (const char of normalized) {
      const code = char.codePointAt(0) ?? 0;
      out += code === 10 || covered(code) ? char : fallback(char);
    }
    return out;
  };
}
