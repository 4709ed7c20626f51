import { messages } from '../../src/i18n/messages';

/** Flattens nested messages to dotted keys with their texts. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

describe('UI messages', () => {
  const files = { fi: flatten(messages.fi), sv: flatten(messages.sv), en: flatten(messages.en) };

  it.each(['sv', 'en'] as const)('%s has exactly the Finnish keys', (lang) => {
    expect([...files[lang].keys()].sort()).toEqual([...files.fi.keys()].sort());
  });

  it.each(['fi', 'sv', 'en'] as const)('%s has no empty message', (lang) => {
    const empty = [...files[lang]].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(['fi', 'sv', 'en'] as const)('%s keeps the same {{placeholders}} as Finnish', (lang) => {
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const [key, text] of files.fi) {
      expect({ key, placeholders: placeholders(files[lang].get(key)) }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });
});
