import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { Assessment } from '../../domain/assessment/schema';
import type { Evaluation } from '../../domain/evaluate';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { currentItemOf, phaseOfItem } from '../../domain/workshop/items';
import { hrefFor } from '../../state/router';
import { useAssessmentContext } from '../../state/use-evaluation';
import { AgendaView } from './AgendaView';
import { DotsView } from './DotsView';
import { ItemsView } from './ItemsView';
import { PreworkView } from './PreworkView';
import { ProjectorView } from './ProjectorView';
import { SummaryView } from './SummaryView';
import { TimerBar } from './TimerBar';
import { useWorkshopContext } from './use-workshop';
import './workshop.css';

/** The workshop's screens, each a section of the route `#/a/<id>/workshop/<section>`. */
export const workshopSections = ['items', 'agenda', 'prework', 'dots', 'summary', 'projector'] as const;
export type WorkshopSection = (typeof workshopSections)[number];

function sectionOf(section: string | undefined): WorkshopSection {
  return (workshopSections as readonly string[]).includes(section ?? '')
    ? (section as WorkshopSection)
    : 'items';
}

/**
 * Workshop mode: a facilitated day with the participants of one municipality. Everyone scores
 * each item alone first, the votes are revealed together, a wide spread is discussed, and the
 * agreed level is recorded with its reason; pre-work files, an agenda with countdowns, dot voting
 * and the day's summary go with it, and the projector view shows the room one item at a time.
 */
export function WorkshopPage({ assessmentId, section }: { assessmentId: string; section?: string }) {
  const { t } = useTranslation();
  const context = useAssessmentContext(assessmentId);
  const current = sectionOf(section);
  useDocumentTitle(
    current === 'items' ? t('workshop.title') : `${t(`workshop.nav.${current}`)} – ${t('workshop.title')}`,
    t('app.name'),
  );
  if (context.status !== 'ready') {
    return (
      <article className="page workshop-page">
        <PageHeading>{t('workshop.title')}</PageHeading>
        {context.status === 'missing' && <p>{t('assessmentNav.missing')}</p>}
        {context.status === 'error' && <p role="alert">{t('workshop.loadFailed')}</p>}
        {context.status === 'loading' && (
          <p className="loading" role="status">
            {t('workshop.loading')}
          </p>
        )}
      </article>
    );
  }
  return (
    <ReadyWorkshop
      assessment={context.assessment}
      questionnaire={context.questionnaire}
      evaluation={context.evaluation}
      section={current}
    />
  );
}

function ReadyWorkshop({
  assessment,
  questionnaire,
  evaluation,
  section,
}: {
  assessment: Assessment;
  questionnaire: Questionnaire;
  evaluation: Evaluation;
  section: WorkshopSection;
}) {
  const { t } = useTranslation();
  const ctx = useWorkshopContext(assessment, questionnaire);
  const currentItem = currentItemOf(ctx.workshop, ctx.order);
  const phase = currentItem ? phaseOfItem(ctx.phases, currentItem) : undefined;
  const projector = section === 'projector';

  return (
    <article className={`page workshop-page${projector ? ' workshop-page-projector' : ''}`}>
      <div className={projector ? 'workshop-sr-only' : undefined}>
        <PageHeading>
          {projector ? `${t('workshop.title')}: ${t('workshop.nav.projector')}` : t('workshop.title')}
        </PageHeading>
      </div>
      {!projector && <p className="workshop-lead">{t('workshop.lead')}</p>}
      {/* the projector has the window to itself: its own button (and Esc) leads back */}
      {!projector && <WorkshopNav assessmentId={assessment.id} section={section} />}{' '}
      {assessment.participants.length === 0 && section !== 'prework' && section !== 'agenda' && (
        <p className="workshop-warning">
          {t('workshop.noParticipants')}{' '}
          <a href={hrefFor({ page: 'assessment', id: assessment.id, view: 'setup' })}>
            {t('workshop.noParticipantsSetup')}
          </a>{' '}
          <a href={hrefFor({ page: 'assessment', id: assessment.id, view: 'workshop', section: 'prework' })}>
            {t('workshop.noParticipantsPrework')}
          </a>
        </p>
      )}
      {!projector && <TimerBar ctx={ctx} preferredSection={phase} />}
      {section === 'items' && <ItemsView ctx={ctx} />}
      {section === 'agenda' && <AgendaView ctx={ctx} />}
      {section === 'prework' && <PreworkView ctx={ctx} />}
      {section === 'dots' && <DotsView ctx={ctx} evaluation={evaluation} />}
      {section === 'summary' && <SummaryView ctx={ctx} />}
      {section === 'projector' && <ProjectorView ctx={ctx} />}
    </article>
  );
}

/** The links between the workshop's sections. */
function WorkshopNav({ assessmentId, section }: { assessmentId: string; section: WorkshopSection }) {
  const { t } = useTranslation();
  return (
    <nav className="workshop-nav" aria-label={t('workshop.nav.label')}>
      <ul>
        {workshopSections.map((s) => (
          <li key={s}>
            <a
              href={hrefFor({ page: 'assessment', id: assessmentId, view: 'workshop', section: s })}
              aria-current={s === section ? 'page' : undefined}
            >
              {t(`workshop.nav.${s}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
