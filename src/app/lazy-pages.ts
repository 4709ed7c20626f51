import { lazy } from 'react';
import { loadFeatureMessages } from '../i18n';

/**
 * Feature screens load on demand, so the first load carries only the shell and the start page
 * (the bundle budget in tests/budget.mjs holds it to 110 KiB gzip). A screen's messages load with it.
 */

export const SetupPage = lazy(() =>
  loadFeatureMessages()
    .then(() => import('../features/setup/SetupPage'))
    .then((m) => ({ default: m.SetupPage })),
);
export const AnswerPage = lazy(() =>
  loadFeatureMessages()
    .then(() => import('../features/answer/AnswerPage'))
    .then((m) => ({ default: m.AnswerPage })),
);
export const ResultsPage = lazy(() =>
  loadFeatureMessages()
    .then(() => import('../features/results/ResultsPage'))
    .then((m) => ({ default: m.ResultsPage })),
);
export const RoadmapPage = lazy(() =>
  loadFeatureMessages()
    .then(() => import('../features/roadmap/RoadmapPage'))
    .then((m) => ({ default: m.RoadmapPage })),
);
export const LibraryPanel = lazy(() =>
  loadFeatureMessages()
    .then(() => import('../features/library/LibraryPanel'))
    .then((m) => ({ default: m.LibraryPanel })),
);
export const AssessmentToolbar = lazy(() =>
  loadFeatureMessages()
    .then(() => import('../features/library/AssessmentToolbar'))
    .then((m) => ({ default: m.AssessmentToolbar })),
);
export const CatalogPage = lazy(() =>
  loadFeatureMessages()
    .then(() => import('../features/catalog/CatalogPage'))
    .then((m) => ({ default: m.CatalogPage })),
);
export const SupplierPage = lazy(() =>
  loadFeatureMessages()
    .then(() => import('../features/catalog/SupplierPage'))
    .then((m) => ({ default: m.SupplierPage })),
);
export const ReportPage = lazy(() =>
  loadFeatureMessages()
    .then(() => import('../features/report/ReportPage'))
    .then((m) => ({ default: m.ReportPage })),
);
export const WorkshopPage = lazy(() =>
  loadFeatureMessages()
    .then(() => import('../features/workshop/WorkshopPage'))
    .then((m) => ({ default: m.WorkshopPage })),
);
