import type { AnswerValue } from '../../domain/assessment/schema';

/** What a key press asks the answer screen to do. */
export type ShortcutCommand =
  | { kind: 'set'; value: AnswerValue }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'nextUnanswered' }
  | { kind: 'help' };

/** The parts of a keyboard event the mapping looks at. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The shortcuts, in the order the help dialog lists them. `keys` are shown as they are typed;
 * `id` names the description in answer.json (`answer.shortcuts.<id>`).
 */
export const shortcutList = [
  { id: 'level', keys: ['0', '1', '2', '3', '4', '5'] },
  { id: 'notApplicable', keys: ['N'] },
  { id: 'unknown', keys: ['D'] },
  { id: 'next', keys: ['J', 'Alt + ↓'] },
  { id: 'previous', keys: ['K', 'Alt + ↑'] },
  { id: 'nextUnanswered', keys: ['U'] },
  { id: 'help', keys: ['?', 'H'] },
] as const;

export type ShortcutId = (typeof shortcutList)[number]['id'];

/**
 * Maps a key press to a command, or null for keys the screen leaves alone. Ctrl and Meta
 * combinations always belong to the browser; Alt only combines with the arrow keys, because
 * Alt+letter opens menus and types characters on some layouts (AltGr). Letters work in either case.
 */
export function shortcutFor(press: KeyPress): ShortcutCommand | null {
  if (press.ctrlKey || press.metaKey) return null;
  if (press.altKey) {
    if (press.key === 'ArrowDown') return { kind: 'next' };
    if (press.key === 'ArrowUp') return { kind: 'previous' };
    return null;
  }
  if (/^[0-5]$/.test(press.key)) return { kind: 'set', value: Number(press.key) as AnswerValue };
  switch (press.key.toLowerCase()) {
    case 'n':
      return { kind: 'set', value: 'not-applicable' };
    case 'd':
      return { kind: 'set', value: 'unknown' };
    case 'j':
      return { kind: 'next' };
    case 'k':
      return { kind: 'previous' };
    case 'u':
      return { kind: 'nextUnanswered' };
    case '?':
    case 'h':
      return { kind: 'help' };
    default:
      return null;
  }
}

/**
 * True when the key belongs to the element that has focus: text fields and selects take letters
 * and digits as input (a select jumps to the option typed), so shortcuts keep out of their way.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(
      target.type,
    );
  }
  return false;
}
