import fiApp from './locales/fi/app.json';
import fiSetup from './locales/fi/setup.json';
import fiAnswer from './locales/fi/answer.json';
import fiResults from './locales/fi/results.json';
import fiRoadmap from './locales/fi/roadmap.json';
import fiLibrary from './locales/fi/library.json';
import fiReport from './locales/fi/report.json';
import fiWorkshop from './locales/fi/workshop.json';
import fiCatalog from './locales/fi/catalog.json';
import svApp from './locales/sv/app.json';
import svSetup from './locales/sv/setup.json';
import svAnswer from './locales/sv/answer.json';
import svResults from './locales/sv/results.json';
import svRoadmap from './locales/sv/roadmap.json';
import svLibrary from './locales/sv/library.json';
import svReport from './locales/sv/report.json';
import svWorkshop from './locales/sv/workshop.json';
import svCatalog from './locales/sv/catalog.json';
import enApp from './locales/en/app.json';
import enSetup from './locales/en/setup.json';
import enAnswer from './locales/en/answer.json';
import enResults from './locales/en/results.json';
import enRoadmap from './locales/en/roadmap.json';
import enLibrary from './locales/en/library.json';
import enReport from './locales/en/report.json';
import enWorkshop from './locales/en/workshop.json';
import enCatalog from './locales/en/catalog.json';

/**
 * Messages per language: the shell's in app.json, each feature's in its own file under its own
 * key (`t('answer.…')`), so that features can grow their texts without touching each other's.
 */
export const messages = {
  fi: {
    ...fiApp,
    setup: fiSetup,
    answer: fiAnswer,
    results: fiResults,
    roadmap: fiRoadmap,
    library: fiLibrary,
    report: fiReport,
    workshop: fiWorkshop,
    catalog: fiCatalog,
  },
  sv: {
    ...svApp,
    setup: svSetup,
    answer: svAnswer,
    results: svResults,
    roadmap: svRoadmap,
    library: svLibrary,
    report: svReport,
    workshop: svWorkshop,
    catalog: svCatalog,
  },
  en: {
    ...enApp,
    setup: enSetup,
    answer: enAnswer,
    results: enResults,
    roadmap: enRoadmap,
    library: enLibrary,
    report: enReport,
    workshop: enWorkshop,
    catalog: enCatalog,
  },
};
