import 'i18next';
import type fi from './locales/fi.json';

declare module 'i18next' {
  /** Message keys are typed from the Finnish file, the reference language. */
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
    returnNull: false;
  }
}
