import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heatmap } from '../../components/charts/Heatmap';
import { ImpactEffortMatrix } from '../../components/charts/ImpactEffortMatrix';
import { RadarChart } from '../../components/charts/RadarChart';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocalize } from '../../components/useLocalize';
import type { Assessment } from '../../domain/assessment/schema';
import {
  areaDimensionMatrix,
  areaSpecificItemCount,
  dimensionSeries,
  isScoreView,
  largestGaps,
  lowConfidenceCount,
  quadrantPoints,
  rowFigures,
  scoreViews,
  type ScoreView,
} from '../../domain/charts/series';
import type { Evaluation } from '../../domain/evaluate';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { AggregateRow } from '../../domain/scoring/score';
import type { LocalizedText } from '../../domain/text';
import { hrefFor, navigate, useRoute } from '../../state/router';
import { useAssessmentContext } from '../../state/use-evaluation';
import { useNumberFormats } from './format';
import { LevelBadge } from './LevelBadge';
import { ScoreTable } from './ScoreTable';
import './results.css';

/** How many of the largest gaps the results list. */
const gapLimit = 10;

/**
 * The results of one assessment: summary, scores per dimension, area and phase in the chosen
 * view (weighted average or weakest link, kept in the address: `#/a/<id>/results/weakest`),
 * the radar and heatmap charts, the largest gaps and the impact/effort matrix. Every number comes
 * from the engine's `evaluate()`; this screen only picks and formats.
 */
export function ResultsPage({ assessmentId, section }: { assessmentId: string; section?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('results.title'), t('app.name'));
  const route = useRoute();
  const routeSection = route.page === 'assessment' && route.id === assessmentId ? route.section : undefined;
  const requested = section ?? routeSection;
  const view: ScoreView = isScoreView(requested) ? requested : 'average';
  const context = useAssessmentContext(assessmentId);
  return (
    <article className="page results-page">
      <PageHeading>{t('results.title')}</PageHeading>
      <p className="results-next">
        <a href={hrefFor({ page: 'assessment', id: assessmentId, view: 'roadmap' })}>
          {t('results.toRoadmap')}
        </a>
        <a href={hrefFor({ page: 'assessment', id: assessmentId, view: 'report' })}>
          {t('results.toReport')}
        </a>
      </p>
      {context.status === 'missing' && <p>{t('results.missing')}</p>}
      {context.status === 'loading' && (
        <p className="loading" role="status">
          {t('results.loading')}
        </p>
      )}
      {context.status === 'error' && (
        <p className="results-error" role="alert">
          {t('results.loadFailed')}
        </p>
      )}
      {context.status === 'ready' && (
        <Results
          assessment={context.assessment}
          questionnaire={context.questionnaire}
          evaluation={context.evaluation}
          view={view}
        />
      )}
    </article>
  );
}

function Results({
  assessment,
  questionnaire,
  evaluation,
  view,
}: {
  assessment: Assessment;
  questionnaire: Questionnaire;
  evaluation: Evaluation;
  view: ScoreView;
}) {
  const { t } = useTranslation();
  const { language, localize } = useLocalize();
  const formats = useNumberFormats(language);
  const { scores, progress } = evaluation;

  const names = useMemo(() => {
    const byId = <T extends { id: string }>(list: readonly T[]) =>
      new Map(list.map((entry) => [entry.id, entry]));
    return {
      dimensions: byId(questionnaire.dimensions),
      areas: byId(questionnaire.areas),
      phases: byId(questionnaire.phases),
      items: byId(questionnaire.items),
      scale: new Map(questionnaire.scale.map((s) => [s.level, s.label])),
    };
  }, [questionnaire]);
  const nameOf = (map: Map<string, { name: LocalizedText }>, id: string) => {
    const entry = map.get(id);
    return entry ? localize(entry.name) : id;
  };
  const levelLabel = (level: number) => {
    const label = names.scale.get(level);
    return label ? localize(label) : String(level);
  };

  const answerLink = hrefFor({ page: 'assessment', id: assessment.id, view: 'answer' });
  const notices = (
    <>
      {!evaluation.questionnaire.matchesAssessment && (
        <p className="notice">
          {t('results.notices.versionMismatch', {
            assessed: assessment.questionnaire.version,
            current: questionnaire.version,
          })}
        </p>
      )}
      {evaluation.unknownAnswers.length > 0 && (
        <p className="notice">
          {t('results.notices.unknownAnswers', { count: evaluation.unknownAnswers.length })}
        </p>
      )}
    </>
  );

  if (progress.answered === 0) {
    return (
      <>
        {notices}
        <section className="results-empty card" aria-labelledby="results-empty-title">
          <h2 id="results-empty-title">{t('results.empty.title')}</h2>
          <p>{t('results.empty.body')}</p>
          <p>
            {t('results.empty.progress', {
              total: formats.count(progress.total),
              unknown: formats.count(progress.unknown),
              notApplicable: formats.count(progress.notApplicable),
            })}
          </p>
          <p>
            <a className="button-link" href={answerLink}>
              {t('results.empty.link')}
            </a>
          </p>
        </section>
      </>
    );
  }

  /** With few area-specific questions the heatmap's rows look alike: say why, and what tells them apart. */
  function areaSpecificNote(): string | null {
    const specific = areaSpecificItemCount(scores);
    if (scores.areas.length < 2 || specific >= scores.areas.length) return null;
    const note = t('results.areas.fewAreaSpecific', {
      count: formats.count(specific),
      total: formats.count(scores.items.length),
    });
    const profile = questionnaire.profiles.find((p) => p.id === assessment.scope.profile);
    const wider = questionnaire.profiles.find((p) => p.items === 'all');
    return profile && wider && profile.items !== 'all'
      ? `${note} ${t('results.areas.widerProfile', { profile: localize(wider.name) })}`
      : note;
  }

  const viewName = t(`results.view.${view}`);
  const chartTexts = { showTable: t('results.chart.showTable'), hideTable: t('results.chart.hideTable') };
  const formatScore = (value: number | null) => (value === null ? t('results.noData') : formats.score(value));
  const rows = (
    list: readonly AggregateRow[],
    id: (row: AggregateRow) => string,
    name: (id: string) => string,
  ) => list.map((row) => ({ id: id(row), name: name(id(row)), figures: rowFigures(row, view) }));

  const overall = rowFigures(scores.overall, view);
  const radar = dimensionSeries(scores, view);
  const matrix = areaDimensionMatrix(scores, view);
  const gaps = largestGaps(scores.items, gapLimit);
  const points = quadrantPoints(evaluation.priorities).map((point) => {
    const item = names.items.get(point.id);
    return { ...point, label: item ? localize(item.question) : point.id };
  });
  const areaNote = areaSpecificNote();
  const dimensionLabel = (id: string) => nameOf(names.dimensions, id);
  const areaLabel = (id: string) => nameOf(names.areas, id);
  const phaseLabel = (id: string) => nameOf(names.phases, id);

  return (
    <>
      {notices}
      <ViewSwitch assessmentId={assessment.id} view={view} />

      <section className="results-summary" aria-labelledby="results-summary-title">
        <h2 id="results-summary-title">{t('results.summary.title')}</h2>
        <dl className="summary-grid">
          <div className="summary-item summary-main">
            <dt>{t('results.summary.level')}</dt>
            <dd>
              {overall.level === null ? (
                t('results.noData')
              ) : (
                <span className="level-cell">
                  <LevelBadge level={overall.level} />
                  {levelLabel(overall.level)}
                </span>
              )}
            </dd>
          </div>
          <div className="summary-item summary-main">
            <dt>{t('results.summary.score')}</dt>
            <dd>
              {t('results.summary.outOf', {
                value: formatScore(overall.score),
                max: formats.count(scores.overall.current[view].max),
              })}
            </dd>
          </div>
          <div className="summary-item">
            <dt>{t('results.summary.target')}</dt>
            <dd>
              {overall.targetScore === null || overall.targetLevel === null
                ? t('results.noData')
                : t('results.summary.targetValue', {
                    score: formats.score(overall.targetScore),
                    level: overall.targetLevel,
                  })}
            </dd>
          </div>
          <div className="summary-item">
            <dt>{t('results.summary.answered')}</dt>
            <dd>
              {t('results.summary.outOf', {
                value: formats.count(progress.answered),
                max: formats.count(progress.total),
              })}
            </dd>
          </div>
          <div className="summary-item">
            <dt>{t('results.summary.unknown')}</dt>
            <dd>{formats.count(progress.unknown)}</dd>
          </div>
          <div className="summary-item">
            <dt>{t('results.summary.notApplicable')}</dt>
            <dd>{formats.count(progress.notApplicable)}</dd>
          </div>
          <div className="summary-item">
            <dt>{t('results.summary.lowConfidence')}</dt>
            <dd>{formats.count(lowConfidenceCount(scores.items))}</dd>
          </div>
        </dl>
        {overall.weakEvidence && (
          <p className="flag-explanation">
            <span className="flag">
              <span aria-hidden="true">⚠ </span>
              {t('results.flags.weakEvidence')}:{' '}
              {t('results.flags.lowShare', { share: formats.percent(overall.lowConfidenceShare) })}
            </span>{' '}
            {t('results.flags.explanation')}
          </p>
        )}
        {progress.answered < progress.total && (
          <p className="muted">
            {t('results.summary.partial', {
              answered: formats.count(progress.answered),
              total: formats.count(progress.total),
            })}
          </p>
        )}
      </section>

      <section aria-labelledby="results-dimensions-title">
        <h2 id="results-dimensions-title">{t('results.dimensions.title')}</h2>
        <RadarChart
          caption={t('results.dimensions.radarCaption', { view: viewName })}
          description={t('results.dimensions.radarDescription')}
          axes={radar.dimensions.map((id) => ({ id, label: dimensionLabel(id) }))}
          series={[
            {
              id: 'current',
              style: 'current',
              label: t('results.dimensions.current'),
              values: radar.current,
            },
            { id: 'target', style: 'target', label: t('results.dimensions.target'), values: radar.target },
          ]}
          max={scores.overall.current[view].max}
          formatValue={formatScore}
          axisHeader={t('results.columns.dimension')}
          texts={chartTexts}
        />
        <ScoreTable
          caption={t('results.dimensions.tableCaption', { view: viewName })}
          nameHeader={t('results.columns.dimension')}
          rows={rows(scores.dimensions, (row) => row.dimension ?? row.key, dimensionLabel)}
          levelLabel={levelLabel}
          formats={formats}
        />
      </section>

      <section aria-labelledby="results-areas-title">
        <h2 id="results-areas-title">{t('results.areas.title')}</h2>
        {areaNote && <p className="results-area-note">{areaNote}</p>}
        <Heatmap
          caption={t('results.areas.heatmapCaption', { view: viewName })}
          description={t('results.areas.heatmapDescription')}
          rows={matrix.areas.map((id) => ({ id, label: areaLabel(id) }))}
          columns={matrix.dimensions.map((id) => ({ id, label: dimensionLabel(id) }))}
          cells={matrix.cells}
          applicable={matrix.applicable}
          formatValue={formatScore}
          cornerHeader={t('results.columns.area')}
          legend={{
            title: t('results.areas.legendTitle'),
            levels: questionnaire.scale.map((s) => `${s.level} – ${localize(s.label)}`),
            unanswered: t('results.areas.unanswered'),
            noQuestions: t('results.areas.noQuestions'),
          }}
          texts={chartTexts}
        />
        <ScoreTable
          caption={t('results.areas.tableCaption', { view: viewName })}
          nameHeader={t('results.columns.area')}
          rows={rows(scores.areas, (row) => row.area ?? row.key, areaLabel)}
          levelLabel={levelLabel}
          formats={formats}
        />
      </section>

      <section aria-labelledby="results-phases-title">
        <h2 id="results-phases-title">{t('results.phases.title')}</h2>
        <ScoreTable
          caption={t('results.phases.tableCaption', { view: viewName })}
          nameHeader={t('results.columns.phase')}
          rows={rows(scores.phases, (row) => row.phase ?? row.key, phaseLabel)}
          levelLabel={levelLabel}
          formats={formats}
        />
      </section>

      <section aria-labelledby="results-gaps-title">
        <h2 id="results-gaps-title">{t('results.gaps.title')}</h2>
        {gaps.length === 0 ? (
          <p>{t('results.gaps.none')}</p>
        ) : (
          <>
            <p>{t('results.gaps.intro', { count: gapLimit })}</p>
            <ol className="gap-list" aria-labelledby="results-gaps-title">
              {gaps.map((gap) => {
                const item = names.items.get(gap.itemId);
                return (
                  <li key={gap.itemId} className="gap-card">
                    <p className="gap-question">{item ? localize(item.question) : gap.itemId}</p>
                    <dl className="gap-facts">
                      <div>
                        <dt>{t('results.gaps.change')}</dt>
                        <dd className="level-change">
                          <LevelBadge level={gap.current} />
                          {' → '}
                          <LevelBadge level={gap.target} />
                          <span className="gap-size">
                            {' '}
                            ({t('results.gaps.gap')} {formats.signedCount(gap.gap)})
                          </span>
                        </dd>
                      </div>
                      <div>
                        <dt>{t('results.gaps.dimension')}</dt>
                        <dd>{dimensionLabel(gap.dimension)}</dd>
                      </div>
                      <div>
                        <dt>{t('results.gaps.area')}</dt>
                        <dd>
                          {item?.areas === 'all'
                            ? t('results.gaps.allAreas')
                            : gap.areas.map((area) => areaLabel(area)).join(', ')}
                        </dd>
                      </div>
                    </dl>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="results-matrix-title">
        <h2 id="results-matrix-title">{t('results.matrix.title')}</h2>
        {points.length === 0 ? (
          <p>{t('results.matrix.none')}</p>
        ) : (
          <>
            <p>{t('results.matrix.intro')}</p>
            <ImpactEffortMatrix
              caption={t('results.matrix.caption')}
              description={t('results.matrix.description')}
              points={points}
              quadrantNames={{
                'quick-win': t('results.matrix.quadrants.quick-win'),
                'major-project': t('results.matrix.quadrants.major-project'),
                'fill-in': t('results.matrix.quadrants.fill-in'),
                thankless: t('results.matrix.quadrants.thankless'),
              }}
              quadrantHints={{
                'quick-win': t('results.matrix.hints.quick-win'),
                'major-project': t('results.matrix.hints.major-project'),
                'fill-in': t('results.matrix.hints.fill-in'),
                thankless: t('results.matrix.hints.thankless'),
              }}
              axisLabels={{ impact: t('results.matrix.impactAxis'), effort: t('results.matrix.effortAxis') }}
              effortNames={{
                S: t('results.matrix.effort.S'),
                M: t('results.matrix.effort.M'),
                L: t('results.matrix.effort.L'),
              }}
              columns={{
                rank: t('results.matrix.columns.rank'),
                item: t('results.matrix.columns.item'),
                quadrant: t('results.matrix.columns.quadrant'),
                impact: t('results.matrix.columns.impact'),
                effort: t('results.matrix.columns.effort'),
              }}
              formatNumber={formats.count}
              texts={chartTexts}
            />
            <p className="muted">{t('results.matrix.explanation')}</p>
          </>
        )}
      </section>
    </>
  );
}

/** The scoring view as a radio group; the choice lives in the address so a reload keeps it. */
function ViewSwitch({ assessmentId, view }: { assessmentId: string; view: ScoreView }) {
  const { t } = useTranslation();
  const choose = (next: ScoreView) =>
    navigate(
      { page: 'assessment', id: assessmentId, view: 'results', ...(next === 'weakest' && { section: next }) },
      { replace: true },
    );
  return (
    <fieldset className="view-switch">
      <legend>{t('results.view.legend')}</legend>
      {scoreViews.map((option) => (
        <div className="view-option" key={option}>
          <input
            type="radio"
            id={`results-view-${option}`}
            name="results-view"
            value={option}
            checked={view === option}
            onChange={() => choose(option)}
            aria-describedby={`results-view-${option}-hint`}
          />
          <label htmlFor={`results-view-${option}`}>{t(`results.view.${option}`)}</label>
          <p className="view-hint" id={`results-view-${option}-hint`}>
            {t(`results.view.${option}Hint`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
