import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/charts/ScrollRegion';
import type { RowFigures } from '../../domain/charts/series';
import { LevelBadge } from './LevelBadge';
import type { NumberFormats } from './format';

export interface ScoreTableRow {
  id: string;
  name: string;
  figures: RowFigures;
}

/** A dimension, area or phase table: level, score, target, gap, answered/total and the confidence flag. */
export function ScoreTable({
  caption,
  nameHeader,
  rows,
  levelLabel,
  formats,
}: {
  caption: string;
  nameHeader: string;
  rows: readonly ScoreTableRow[];
  /** The scale's name for a level ("Toistuva"). */
  levelLabel: (level: number) => string;
  formats: NumberFormats;
}) {
  const { t } = useTranslation();
  const explanationId = useId();
  const flagged = rows.some((row) => row.figures.weakEvidence);
  const noData = t('results.noData');
  const score = (value: number | null) => (value === null ? noData : formats.score(value));
  return (
    <>
      <ScrollRegion label={caption}>
        <table className="data-table score-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{nameHeader}</th>
              <th scope="col">{t('results.columns.level')}</th>
              <th scope="col" className="numeric">
                {t('results.columns.score')}
              </th>
              <th scope="col" className="numeric">
                {t('results.columns.target')}
              </th>
              <th scope="col" className="numeric">
                {t('results.columns.gap')}
              </th>
              <th scope="col" className="numeric">
                {t('results.columns.answered')}
              </th>
              <th scope="col" className="confidence-cell">
                {t('results.columns.confidence')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, name, figures }) => (
              <tr key={id}>
                <th scope="row">{name}</th>
                <td>
                  {figures.level === null ? (
                    noData
                  ) : (
                    <span className="level-cell">
                      <LevelBadge level={figures.level} />
                      {levelLabel(figures.level)}
                    </span>
                  )}
                </td>
                <td className="numeric">{score(figures.score)}</td>
                <td className="numeric">{score(figures.targetScore)}</td>
                <td className="numeric">{figures.gap === null ? noData : formats.gap(figures.gap)}</td>
                <td className="numeric">
                  {t('results.summary.outOf', {
                    value: formats.count(figures.answered),
                    max: formats.count(figures.total),
                  })}
                </td>
                <td className="confidence-cell">
                  {figures.weakEvidence ? (
                    <span className="flag" aria-describedby={explanationId}>
                      <span aria-hidden="true">⚠ </span>
                      {t('results.flags.weakEvidence')}:{' '}
                      {t('results.flags.lowShare', { share: formats.percent(figures.lowConfidenceShare) })}
                    </span>
                  ) : figures.lowConfidenceShare > 0 ? (
                    <span className="muted">
                      {t('results.flags.lowShare', { share: formats.percent(figures.lowConfidenceShare) })}
                    </span>
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{t('results.flags.none')}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {flagged && (
        <p className="flag-explanation" id={explanationId}>
          {t('results.flags.explanation')}
        </p>
      )}
    </>
  );
}
