/** Where opening a file stands (state of the start page, shown by ImportFeedback). */
import type { FileProblem } from '../../domain/files/problems';
import type { PreparedImport } from './import-file';

export type Ready = Extract<PreparedImport, { kind: 'ready' }>;

export type Flow =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; extraFiles: boolean }
  | { step: 'refused'; fileName: string; problem: FileProblem; extraFiles: boolean }
  | { step: 'choose'; prepared: Ready }
  | { step: 'done'; id: string; prepared: Ready; replaced: boolean; extraFiles: boolean }
  | { step: 'same'; id: string }
  | { step: 'cancelled' }
  | { step: 'replaceUndone' };
