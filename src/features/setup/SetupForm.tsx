import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../components/form/Combobox';
import { DateInput } from '../../components/form/DateInput';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/form/ErrorSummary';
import { Field } from '../../components/form/Field';
import { useLocalize } from '../../components/useLocalize';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { hrefFor } from '../../state/router';
import { municipalityOptions, type MunicipalityEntry } from './municipalities';
import { ParticipantsFieldset } from './ParticipantsFieldset';
import { ScopeFieldset } from './ScopeFieldset';
import { setupSchema, type SetupValues, type ValidSetup } from './setup-form';
import { useErrorText } from './use-error-text';

export interface SetupFormProps {
  /** "new" creates an assessment on submit; "edit" saves and says so. */
  mode: 'new' | 'edit';
  questionnaire: Questionnaire;
  /** The values to start from; when they change and the form is untouched, the form follows them. */
  initial: SetupValues;
  municipalities: readonly MunicipalityEntry[];
  /** Workshop votes and dot votes recorded per participant id (edit mode), to warn before removing. */
  recorded?: ReadonlyMap<string, number>;
  /** Receives the validated, trimmed values. */
  onSubmit: (setup: ValidSetup) => void;
}

/** The setup form: municipality and date, facilitator, participants, and the scope with its duration. */
export function SetupForm({
  mode,
  questionnaire,
  initial,
  municipalities,
  recorded,
  onSubmit,
}: SetupFormProps) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const errorText = useErrorText();
  const schema = useMemo(
    () => setupSchema({ municipalityCodes: new Set(municipalities.map((m) => m.code)), questionnaire }),
    [municipalities, questionnaire],
  );
  const form = useForm<SetupValues, unknown, ValidSetup>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    // the error summary takes focus after a failed submit, not the first field
    shouldFocusError: false,
  });
  const {
    control,
    register,
    handleSubmit,
    reset,
    formState: { errors, isDirty },
  } = form;
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [saved, setSaved] = useState(false);
  const options = useMemo(() => municipalityOptions(municipalities, language), [municipalities, language]);
  const participants = useWatch({ control, name: 'participants' });

  // the assessment can change under the form (undo, another tab): follow it unless the user is
  // in the middle of editing
  const signature = JSON.stringify(initial);
  useEffect(() => {
    if (!form.formState.isDirty) reset(JSON.parse(signature) as SetupValues);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new starting point matters
  }, [signature]);

  const submit = handleSubmit(
    (valid) => {
      onSubmit(valid);
      if (mode === 'edit') {
        reset(valid);
        setSaved(true);
      }
    },
    () => {
      setSaved(false);
      setFailedSubmits((n) => n + 1);
    },
  );

  const summary = summaryItems(errors, participants, questionnaire, errorText, (number, message) =>
    t('setup.participantError', { participant: t('setup.participants.item', { number }), message }),
  );

  return (
    <form className="setup-form" noValidate onSubmit={submit}>
      <ErrorSummary title={t('setup.errorSummaryTitle')} errors={summary} focusSignal={failedSubmits} />

      <section className="setup-section" aria-labelledby="setup-basics">
        <h2 id="setup-basics">{t('setup.sections.basics')}</h2>
        <Controller
          control={control}
          name="municipality"
          render={({ field }) => (
            <Field
              id="municipality"
              label={t('setup.municipality.label')}
              hint={t('setup.municipality.hint')}
              error={errorText(errors.municipality?.message)}
            >
              {(controlProps, labelId) => (
                <Combobox
                  id={controlProps.id}
                  labelId={labelId}
                  aria-describedby={controlProps['aria-describedby']}
                  aria-invalid={controlProps['aria-invalid']}
                  options={options}
                  value={field.value === '' ? null : field.value}
                  onChange={(code) => field.onChange(code ?? '')}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  toggleLabel={t('setup.municipality.toggle')}
                  noResultsText={t('setup.municipality.noResults')}
                  resultsText={(count) => t('setup.municipality.results', { count })}
                />
              )}
            </Field>
          )}
        />
        <Controller
          control={control}
          name="date"
          render={({ field }) => (
            <Field
              id="date"
              label={t('setup.date.label')}
              hint={t('setup.date.hint')}
              error={errorText(errors.date?.message)}
            >
              {(controlProps) => (
                <DateInput
                  {...controlProps}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  className="text-input text-input--date"
                />
              )}
            </Field>
          )}
        />
        <Field
          id="facilitator"
          label={t('setup.facilitator.label')}
          hint={t('setup.facilitator.hint')}
          error={errorText(errors.facilitator?.message)}
        >
          {(controlProps) => (
            <input
              {...controlProps}
              {...register('facilitator')}
              type="text"
              autoComplete="name"
              className="text-input"
            />
          )}
        </Field>
      </section>

      <ParticipantsFieldset form={form} recorded={recorded} />

      <ScopeFieldset form={form} questionnaire={questionnaire} showKeptAnswers={mode === 'edit'} />

      <div className="setup-actions">
        <button type="submit" className="form-button">
          {mode === 'new' ? t('setup.submitNew') : t('setup.submitEdit')}
        </button>
        {mode === 'new' && (
          <a className="form-button form-button--secondary" href={hrefFor({ page: 'start' })}>
            {t('setup.cancel')}
          </a>
        )}
        {mode === 'edit' && (
          <p role="status" className="setup-saved">
            {/* a change after saving hides the message until the next save */}
            {saved && !isDirty ? t('setup.saved') : ''}
          </p>
        )}
      </div>
    </form>
  );
}

/** The summary's entries in the order of the form, each linking to the control it is about. */
function summaryItems(
  errors: FieldErrors<SetupValues>,
  participants: SetupValues['participants'] | undefined,
  questionnaire: Questionnaire,
  errorText: (message: string | undefined) => string | undefined,
  participantError: (number: number, message: string) => string,
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  const add = (fieldId: string | undefined, message: string | undefined) => {
    const text = errorText(message);
    if (fieldId && text) items.push({ fieldId, message: text });
  };
  add('municipality', errors.municipality?.message);
  add('date', errors.date?.message);
  add('facilitator', errors.facilitator?.message);
  const rows = participants ?? [];
  rows.forEach((participant, index) => {
    const rowErrors = errors.participants?.[index];
    for (const part of ['name', 'role'] as const) {
      const text = errorText(rowErrors?.[part]?.message);
      if (text) {
        items.push({
          fieldId: `participant-${participant.id}-${part}`,
          message: participantError(index + 1, text),
        });
      }
    }
  });
  add('participants-add', errors.participants?.message ?? errors.participants?.root?.message);
  add(questionnaire.areas[0] && `area-${questionnaire.areas[0].id}`, errors.areas?.message);
  add(questionnaire.phases[0] && `phase-${questionnaire.phases[0].id}`, errors.phases?.message);
  add(questionnaire.profiles[0] && `profile-${questionnaire.profiles[0].id}`, errors.profile?.message);
  return items;
}
