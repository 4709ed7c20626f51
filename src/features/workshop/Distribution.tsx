import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../domain/assessment/schema';
import type { Level } from '../../domain/questionnaire/schema';
import type { VoteStats } from '../../domain/workshop/votes';

const levels: readonly Level[] = [0, 1, 2, 3, 4, 5];

export interface DistributionProps {
  stats: VoteStats;
  /** Who chose what, when the group wants names; null hides the names. */
  named: ReadonlyArray<{ name: string; value: AnswerValue }> | null;
  valueText: (value: AnswerValue) => string;
  /** The median in words (`useMedianText`): a level, or a half between two. */
  medianText: (median: number) => string;
  /** The caption's id, so the surrounding region can be named by it. */
  captionId?: string;
  /** For the wall: "not applicable" and "don't know" get a row only when someone chose them. */
  compact?: boolean;
}

/**
 * The revealed votes of one item: how many chose each level (a table whose count cells carry a
 * bar, so it reads the same to everyone), the median, the range, and a flag when the spread is
 * wide. Only rendered after the reveal: before it, no vote is anywhere in the page.
 */
export function Distribution({
  stats,
  named,
  valueText,
  medianText,
  captionId,
  compact = false,
}: DistributionProps) {
  const { t } = useTranslation();
  const most = Math.max(1, ...stats.distribution, stats.notApplicable, stats.unknown);
  const all: Array<{ value: AnswerValue; count: number }> = [
    ...levels.map((level) => ({ value: level, count: stats.distribution[level] ?? 0 })),
    { value: 'not-applicable', count: stats.notApplicable },
    { value: 'unknown', count: stats.unknown },
  ];
  const rows = all.filter((row) => !compact || typeof row.value === 'number' || row.count > 0);
  const namesOf = (value: AnswerValue) =>
    (named ?? [])
      .filter((v) => v.value === value)
      .map((v) => v.name)
      .join(', ');

  return (
    <div className="workshop-distribution">
      <table className="workshop-distribution-table">
        <caption id={captionId}>{t('workshop.reveal.caption', { count: stats.voters })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop.reveal.level')}</th>
            <th scope="col">{t('workshop.reveal.votes')}</th>
            {named && <th scope="col">{t('workshop.reveal.who')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ value, count }) => {
            // a median halfway between two levels marks neither row: the figure below says where it is
            const isMedian = typeof value === 'number' && value === stats.median;
            return (
              <tr key={String(value)} className={isMedian ? 'workshop-distribution-median' : undefined}>
                <th scope="row">
                  {valueText(value)}
                  {isMedian && (
                    <span className="workshop-median-mark"> · {t('workshop.reveal.medianMark')}</span>
                  )}
                </th>
                <td>
                  <span className="workshop-bar-cell">
                    <span
                      className="workshop-bar"
                      style={{ inlineSize: `${(100 * count) / most}%` }}
                      aria-hidden="true"
                    />
                    <span className="workshop-bar-count">{count}</span>
                  </span>
                </td>
                {named && <td>{namesOf(value)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      <dl className="workshop-stats">
        <div>
          <dt>{t('workshop.reveal.median')}</dt>
          <dd>{stats.median === null ? '–' : medianText(stats.median)}</dd>
        </div>
        <div>
          <dt>{t('workshop.reveal.range')}</dt>
          <dd>
            {stats.min === null || stats.max === null
              ? '–'
              : t('workshop.reveal.rangeValue', { min: stats.min, max: stats.max })}
          </dd>
        </div>
        <div>
          <dt>{t('workshop.reveal.spread')}</dt>
          <dd>{stats.spread === null ? '–' : t('workshop.reveal.spreadValue', { count: stats.spread })}</dd>
        </div>
      </dl>
      {stats.wide && (
        <p className="workshop-flag workshop-flag-wide">
          <span aria-hidden="true">⚠ </span>
          <strong>{t('workshop.reveal.wideTitle', { count: stats.spread ?? 0 })}</strong>{' '}
          {t('workshop.reveal.wide')}
        </p>
      )}
      {stats.mixed && (
        <p className="workshop-flag">
          <span aria-hidden="true">ⓘ </span>
          {t('workshop.reveal.mixed')}
        </p>
      )}
    </div>
  );
}
