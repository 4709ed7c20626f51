import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { Assessment } from '../../domain/assessment/schema';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { defaultQuestionnaireId } from '../../state/questionnaires';
import { navigate } from '../../state/router';
import { useAssessment, useLibrary } from '../../state/store';
import { useQuestionnaire } from '../../state/use-evaluation';
import { municipalityChoices, type MunicipalityEntry } from './municipalities';
import { SetupForm } from './SetupForm';
import {
  applySetup,
  emptySetup,
  localToday,
  recordedByParticipant,
  setupFromAssessment,
  toMunicipality,
  toScope,
  type ValidSetup,
} from './setup-form';
import './setup.css';

function entryFor(entries: readonly MunicipalityEntry[], code: string): MunicipalityEntry {
  const entry = entries.find((m) => m.code === code);
  // the schema accepts only codes from this list, so a valid submit always finds one
  if (!entry) throw new Error(`municipality ${code} is not on the list`);
  return entry;
}

/**
 * The setup screen. Without an id it sets up a new assessment and, on submit, creates it and
 * opens answering; with an id it edits that assessment's setup in place.
 */
export function SetupPage({ assessmentId }: { assessmentId?: string }) {
  return assessmentId ? <EditSetup assessmentId={assessmentId} /> : <NewSetup />;
}

function PageFrame({
  title,
  lead,
  questionnaire,
  error,
  children,
}: {
  title: string;
  lead: string;
  questionnaire: Questionnaire | undefined;
  error: Error | undefined;
  children: (questionnaire: Questionnaire) => ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(title, t('app.name'));
  return (
    <article className="page setup-page">
      <PageHeading>{title}</PageHeading>
      <p className="lead">{lead}</p>
      {error ? (
        <p role="alert" className="setup-load-error">
          {t('setup.loadFailed')}
        </p>
      ) : questionnaire ? (
        children(questionnaire)
      ) : (
        <p className="loading">{t('app.loading')}</p>
      )}
    </article>
  );
}

function NewSetup() {
  const { t } = useTranslation();
  const { questionnaire, error } = useQuestionnaire(defaultQuestionnaireId);
  const municipalities = municipalityChoices();
  const [today] = useState(() => localToday());

  const create = (questionnaire: Questionnaire, setup: ValidSetup) => {
    const id = useLibrary.getState().create({
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      municipality: toMunicipality(entryFor(municipalities, setup.municipality)),
      date: setup.date,
      facilitator: setup.facilitator,
      participants: setup.participants,
      scope: toScope(setup),
    });
    navigate({ page: 'assessment', id, view: 'answer' });
  };

  return (
    <PageFrame
      title={t('setup.newTitle')}
      lead={t('setup.newLead')}
      questionnaire={questionnaire}
      error={error}
    >
      {(loaded) => (
        <SetupForm
          mode="new"
          questionnaire={loaded}
          initial={emptySetup(loaded, today)}
          municipalities={municipalities}
          onSubmit={(setup) => create(loaded, setup)}
        />
      )}
    </PageFrame>
  );
}

function EditSetup({ assessmentId }: { assessmentId: string }) {
  const assessment = useAssessment(assessmentId);
  // the frame around assessment pages says when an assessment is missing
  return assessment ? <EditExisting assessment={assessment} /> : null;
}

function EditExisting({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const { questionnaire, error } = useQuestionnaire(assessment.questionnaire.id);
  const initial = useMemo(() => setupFromAssessment(assessment), [assessment]);
  const municipalities = useMemo(
    () => municipalityChoices(assessment.municipality),
    [assessment.municipality],
  );
  const recorded = useMemo(() => recordedByParticipant(assessment), [assessment]);

  const save = (setup: ValidSetup) => {
    useLibrary.getState().update(assessment.id, (current) =>
      applySetup(current, {
        municipality: toMunicipality(entryFor(municipalities, setup.municipality), current.municipality),
        date: setup.date,
        facilitator: setup.facilitator,
        participants: setup.participants,
        scope: toScope(setup),
      }),
    );
  };

  return (
    <PageFrame
      title={t('setup.editTitle')}
      lead={t('setup.editLead')}
      questionnaire={questionnaire}
      error={error}
    >
      {(loaded) => (
        <SetupForm
          mode="edit"
          questionnaire={loaded}
          initial={initial}
          municipalities={municipalities}
          recorded={recorded}
          onSubmit={save}
        />
      )}
    </PageFrame>
  );
}
