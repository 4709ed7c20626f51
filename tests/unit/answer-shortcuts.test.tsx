import { isTextEntry, shortcutFor, shortcutList, type KeyPress } from '../../src/features/answer/shortcuts';
import { checkEvidenceUrl, isWebAddress, maxEvidenceLinks } from '../../src/features/answer/evidence';
import { messages } from '../../src/i18n/messages';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe('answer shortcuts', () => {
  it('maps digits 0–5 to levels, N and D to "not applicable" and "don\'t know"', () => {
    for (let level = 0; level <= 5; level++) {
      expect(shortcutFor(press(String(level)))).toEqual({ kind: 'set', value: level });
    }
    expect(shortcutFor(press('6'))).toBeNull();
    expect(shortcutFor(press('n'))).toEqual({ kind: 'set', value: 'not-applicable' });
    expect(shortcutFor(press('N'))).toEqual({ kind: 'set', value: 'not-applicable' });
    expect(shortcutFor(press('d'))).toEqual({ kind: 'set', value: 'unknown' });
  });

  it('maps J/K and Alt+arrows to moving between items, U to the next unanswered, ? and H to help', () => {
    expect(shortcutFor(press('j'))).toEqual({ kind: 'next' });
    expect(shortcutFor(press('K'))).toEqual({ kind: 'previous' });
    expect(shortcutFor(press('ArrowDown', { altKey: true }))).toEqual({ kind: 'next' });
    expect(shortcutFor(press('ArrowUp', { altKey: true }))).toEqual({ kind: 'previous' });
    expect(shortcutFor(press('u'))).toEqual({ kind: 'nextUnanswered' });
    expect(shortcutFor(press('?'))).toEqual({ kind: 'help' });
    expect(shortcutFor(press('h'))).toEqual({ kind: 'help' });
  });

  it('leaves plain arrows to the radio group, and Ctrl, Meta and Alt+letter to the browser', () => {
    expect(shortcutFor(press('ArrowDown'))).toBeNull();
    expect(shortcutFor(press('3', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('j', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('n', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('ArrowDown', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('treats text fields, selects and editable content as text entry, radios and buttons not', () => {
    const element = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return host.firstElementChild;
    };
    expect(isTextEntry(element('<textarea></textarea>'))).toBe(true);
    expect(isTextEntry(element('<input type="url">'))).toBe(true);
    expect(isTextEntry(element('<input>'))).toBe(true);
    expect(isTextEntry(element('<select></select>'))).toBe(true);
    const editable = element('<div contenteditable="true"></div>') as HTMLElement;
    // jsdom does not derive isContentEditable from the attribute
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isTextEntry(editable)).toBe(true);
    expect(isTextEntry(element('<input type="radio">'))).toBe(false);
    expect(isTextEntry(element('<button>x</button>'))).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });

  it('describes every listed shortcut in every language', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      for (const shortcut of shortcutList) {
        expect(messages[language].answer.shortcuts[shortcut.id]).toMatch(/\S/);
      }
    }
  });
});

describe('evidence addresses', () => {
  it('accepts complete http and https addresses, trimmed', () => {
    expect(checkEvidenceUrl('  https://www.kunta.fi/linjaus.pdf ', [])).toEqual({
      ok: true,
      url: 'https://www.kunta.fi/linjaus.pdf',
    });
    expect(checkEvidenceUrl('http://intra.kunta.local/sivu?id=3#osa', [])).toEqual({
      ok: true,
      url: 'http://intra.kunta.local/sivu?id=3#osa',
    });
  });

  it('refuses script, file and other schemes, half addresses, duplicates and too many links', () => {
    expect(checkEvidenceUrl('', [])).toEqual({ ok: false, error: 'empty' });
    expect(checkEvidenceUrl('   ', [])).toEqual({ ok: false, error: 'empty' });
    expect(checkEvidenceUrl('javascript:alert(1)', [])).toEqual({ ok: false, error: 'protocol' });
    expect(checkEvidenceUrl('file:///etc/passwd', [])).toEqual({ ok: false, error: 'protocol' });
    expect(checkEvidenceUrl('ftp://kunta.fi/a', [])).toEqual({ ok: false, error: 'protocol' });
    expect(checkEvidenceUrl('www.kunta.fi', [])).toEqual({ ok: false, error: 'invalid' });
    expect(checkEvidenceUrl('https://', [])).toEqual({ ok: false, error: 'invalid' });
    expect(checkEvidenceUrl(`https://kunta.fi/${'a'.repeat(2000)}`, [])).toEqual({
      ok: false,
      error: 'tooLong',
    });
    expect(checkEvidenceUrl('https://kunta.fi/a', ['https://kunta.fi/a'])).toEqual({
      ok: false,
      error: 'duplicate',
    });
    const full = Array.from({ length: maxEvidenceLinks }, (_, i) => `https://kunta.fi/${i}`);
    expect(checkEvidenceUrl('https://kunta.fi/new', full)).toEqual({ ok: false, error: 'tooMany' });
  });

  it('links only http(s) addresses', () => {
    expect(isWebAddress('https://kunta.fi')).toBe(true);
    expect(isWebAddress('http://kunta.fi/a')).toBe(true);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('data:text/html,x')).toBe(false);
    expect(isWebAddress('not a url')).toBe(false);
  });

  it('has a message for every error in every language', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const errors = messages[language].answer.evidence.errors;
      expect(Object.keys(errors).sort()).toEqual([
        'duplicate',
        'empty',
        'invalid',
        'protocol',
        'tooLong',
        'tooMany',
      ]);
    }
  });
});
