import 'i18next';
import type { messages } from './messages';

declare module 'i18next' {
  /** Message keys are typed from the Finnish messages, the reference language. */
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: (typeof messages)['fi'] };
    returnNull: false;
  }
}
