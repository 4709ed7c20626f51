import type { AnswerValue } from '../../domain/assessment/schema';

/** What a key press asks the projector view to do. */
export type ProjectorCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'reveal' }
  | { kind: 'value'; value: AnswerValue }
  | { kind: 'agree' }
  | { kind: 'timer' }
  | { kind: 'fullscreen' }
  | { kind: 'help' }
  | { kind: 'exit' };

export interface ProjectorKeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** What has focus: a radio group keeps its arrow keys, a button its Enter. */
  target: 'page' | 'radio' | 'control';
}

/**
 * The projector's keys, in the order its help lists them; `id` names the description in
 * workshop.json (`workshop.projector.keys.<id>`). The level keys are the answer screen's (0–5, N,
 * D), and Page Up / Page Down are what presentation clickers send.
 */
export const projectorKeyList = [
  { id: 'next', keys: ['→', 'Page Down', 'J'] },
  { id: 'previous', keys: ['←', 'Page Up', 'K'] },
  { id: 'reveal', keys: ['R'] },
  { id: 'level', keys: ['0', '1', '2', '3', '4', '5'] },
  { id: 'notApplicable', keys: ['N'] },
  { id: 'unknown', keys: ['D'] },
  { id: 'agree', keys: ['Enter', 'A'] },
  { id: 'timer', keys: ['T'] },
  { id: 'fullscreen', keys: ['F'] },
  { id: 'help', keys: ['?', 'H'] },
  { id: 'exit', keys: ['Esc'] },
] as const;

/** Maps a key press to a command, or null for keys left to the browser (and to form controls). */
export function projectorCommandFor(press: ProjectorKeyPress): ProjectorCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key;
  if (key === 'PageDown') return { kind: 'next' };
  if (key === 'PageUp') return { kind: 'previous' };
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    // in a radio group the arrows choose an option, as they always do
    if (press.target === 'radio') return null;
    return { kind: key === 'ArrowRight' ? 'next' : 'previous' };
  }
  if (key === 'Enter') return press.target === 'page' ? { kind: 'agree' } : null;
  // Escape leaves the projector view (the view leaves full screen first, and a text field first
  // lets go of the focus: see ProjectorView)
  if (key === 'Escape') return { kind: 'exit' };
  if (/^[0-5]$/.test(key)) return { kind: 'value', value: Number(key) as AnswerValue };
  switch (key.toLowerCase()) {
    case 'j':
      return { kind: 'next' };
    case 'k':
      return { kind: 'previous' };
    case 'r':
      return { kind: 'reveal' };
    case 'n':
      return { kind: 'value', value: 'not-applicable' };
    case 'd':
      return { kind: 'value', value: 'unknown' };
    case 'a':
      return { kind: 'agree' };
    case 't':
      return { kind: 'timer' };
    case 'f':
      return { kind: 'fullscreen' };
    case '?':
    case 'h':
      return { kind: 'help' };
    default:
      return null;
  }
}
