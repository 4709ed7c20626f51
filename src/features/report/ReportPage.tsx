import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocalize } from '../../components/useLocalize';
import type { Assessment } from '../../domain/assessment/schema';
import type { Evaluation } from '../../domain/evaluate';
import type { Language } from '../../domain/language';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { buildReportModel, type ReportModel } from '../../domain/report/model';
import { messages } from '../../i18n/messages';
import { buildReportDocument } from '../../report/document';
import { createFormatter } from '../../report/format';
import { hrefFor } from '../../state/router';
import { useAssessmentContext } from '../../state/use-evaluation';
import { ReportBlock, ReportTable } from './ReportBlocks';
import './report.css';

type PdfStatus =
  { kind: 'idle' } | { kind: 'preparing' } | { kind: 'ready'; fileName: string } | { kind: 'failed' };

/** User Timing names the benchmark reads (tests/bench/pdf.mjs): click to PDF blob. */
export const pdfMeasure = 'report-pdf';

/**
 * The report as a printable page: the same content as the PDF, from the same report model and
 * document, as semantic HTML (headings, tables with captions, charts with their data tables). It
 * is the accessible version of the report, since jsPDF makes no tagged PDF. "Print" opens the
 * browser's print dialog (print CSS hides the app around the report); "Download PDF" loads the PDF
 * renderer on demand.
 */
export function ReportPage({ assessmentId, section }: { assessmentId: string; section?: string }) {
  const { t } = useTranslation();
  const context = useAssessmentContext(assessmentId);
  useDocumentTitle(t('report.page.title'), t('app.name'));
  if (context.status === 'missing') {
    return (
      <article className="page">
        <PageHeading>{t('report.page.title')}</PageHeading>
        <p>{t('assessmentNav.missing')}</p>
      </article>
    );
  }
  if (context.status === 'loading') {
    return (
      <article className="page">
        <PageHeading>{t('report.page.title')}</PageHeading>
        <p className="loading" role="status">
          {t('report.page.loading')}
        </p>
      </article>
    );
  }
  if (context.status === 'error') {
    return (
      <article className="page">
        <PageHeading>{t('report.page.title')}</PageHeading>
        <p role="alert">{t('report.page.loadFailed')}</p>
      </article>
    );
  }
  return (
    <ReadyReport
      assessment={context.assessment}
      questionnaire={context.questionnaire}
      evaluation={context.evaluation}
      section={section}
    />
  );
}

function ReadyReport({
  assessment,
  questionnaire,
  evaluation,
  section,
}: {
  assessment: Assessment;
  questionnaire: Questionnaire;
  evaluation: Evaluation;
  section?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const model = useMemo(
    () => buildReportModel(questionnaire, assessment, evaluation, language),
    [questionnaire, assessment, evaluation, language],
  );
  const report = messages[language].report;
  const doc = useMemo(() => buildReportDocument(model, report), [model, report]);
  const fmt = useMemo(() => createFormatter(language), [language]);
  const [status, setStatus] = useState<PdfStatus>({ kind: 'idle' });
  useDocumentTitle(`${t('report.page.title')}: ${model.meta.municipality}`, t('app.name'));

  // a contents link (#/a/<id>/report/<section>) scrolls to its section and moves focus there
  const sectionsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!section) return;
    const target = sectionsRef.current?.querySelector<HTMLElement>(`#report-${CSS.escape(section)}`);
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }, [section]);

  const chartTexts = { showTable: t('report.page.showTable'), hideTable: t('report.page.hideTable') };
  const cover = doc.cover;
  const sectionHref = (id: string) =>
    hrefFor({ page: 'assessment', id: assessment.id, view: 'report', section: id });

  return (
    <article className="page report-page" lang={language}>
      <div className="report-actions">
        <p className="report-intro">{t('report.page.lead')}</p>
        <div className="report-buttons" role="group" aria-label={t('report.page.actions')}>
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {t('report.page.print')}
          </button>
          <PdfButton model={model} language={language} status={status} onStatus={setStatus} />
        </div>
        <p className="report-status" role="status" aria-live="polite">
          {status.kind === 'preparing' && t('report.page.preparing')}
          {status.kind === 'ready' && t('report.page.pdfReady', { fileName: status.fileName })}
        </p>
        {status.kind === 'failed' && (
          <p className="report-error" role="alert">
            {t('report.page.pdfFailed')}
          </p>
        )}
      </div>

      <header className="report-cover">
        <p className="report-kicker">{cover.kicker}</p>
        <PageHeading>{cover.title}</PageHeading>
        <p className="report-municipality">{cover.municipality}</p>
        {cover.otherName && (
          <p className="report-other-name" lang={language === 'sv' ? 'fi' : 'sv'}>
            {cover.otherName}
          </p>
        )}
        <p className="report-date">{cover.date}</p>
      </header>
      <dl className="report-facts report-cover-facts">
        {cover.facts.map((fact) => (
          <div key={fact.label} className="report-fact">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <ReportTable block={cover.participants} />
      <p className="report-muted">{cover.note}</p>

      <nav className="report-contents" aria-labelledby="report-contents-title">
        <h2 id="report-contents-title">{t('report.page.contents')}</h2>
        <ol>
          {doc.sections.map((s) => (
            <li key={s.id}>
              <a href={sectionHref(s.id)}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>

      <div ref={sectionsRef}>
        {doc.sections.map((s, index) => (
          <section key={s.id} className="report-section" aria-labelledby={`report-${s.id}`}>
            <h2 id={`report-${s.id}`} tabIndex={-1}>
              <span className="report-section-number" aria-hidden="true">
                {String(index + 1).padStart(2, '0')}
              </span>
              {s.title}
            </h2>
            {s.blocks.map((block, i) => (
              <ReportBlock
                key={i}
                block={block}
                previous={s.blocks[i - 1]}
                fmt={fmt}
                chartTexts={chartTexts}
              />
            ))}
          </section>
        ))}
      </div>
    </article>
  );
}

function PdfButton({
  model,
  language,
  status,
  onStatus,
}: {
  model: ReportModel;
  language: Language;
  status: PdfStatus;
  onStatus: (status: PdfStatus) => void;
}) {
  const { t } = useTranslation();
  const busy = status.kind === 'preparing';
  const download = async () => {
    onStatus({ kind: 'preparing' });
    performance.clearMarks(pdfMeasure);
    performance.clearMeasures(pdfMeasure);
    performance.mark(pdfMeasure);
    try {
      // the renderer, jsPDF and the fonts load only now, never with the app
      const { downloadReportPdf } = await import('../../report/pdf/render');
      const { fileName } = await downloadReportPdf(model, messages[language].report);
      performance.measure(pdfMeasure, pdfMeasure);
      onStatus({ kind: 'ready', fileName });
    } catch (error) {
      console.error(error);
      onStatus({ kind: 'failed' });
    }
  };
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        if (!busy) void download();
      }}
      aria-disabled={busy || undefined}
    >
      {t('report.page.downloadPdf')}
    </button>
  );
}
