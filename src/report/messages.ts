import type reportFi from '../i18n/locales/fi/report.json';

/** The report's UI wording in one language: `messages[language].report` (typed from the Finnish file). */
export type ReportMessages = typeof reportFi;
