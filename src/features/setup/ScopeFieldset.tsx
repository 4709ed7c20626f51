import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Fieldset } from '../../components/form/Field';
import { useLocalize } from '../../components/useLocalize';
import type { Language } from '../../domain/language';
import type { Area, Questionnaire } from '../../domain/questionnaire/schema';
import { estimateDuration, type SetupValues, type ValidSetup } from './setup-form';
import { useErrorText } from './use-error-text';

function intlLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : language;
}

/**
 * An estimate as people say it: up to an hour in whole five minutes (rounded up), beyond that to
 * the nearest quarter of an hour; "5 hours 9 minutes" would claim a precision the estimate lacks.
 */
export function roughMinutes(minutes: number): number {
  if (minutes <= 0) return 0;
  if (minutes <= 60) return Math.ceil(minutes / 5) * 5;
  return Math.round(minutes / 15) * 15;
}

/** "4 tuntia 18 minuuttia" / "4 timmar 18 minuter" / "4 hours 18 minutes", through Intl. */
export function formatDuration(minutes: number, language: Language): string {
  const locale = intlLocale(language);
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(unit(hours, 'hour'));
  if (rest > 0 || hours === 0) parts.push(unit(rest, 'minute'));
  return parts.join(' ');
}

/**
 * Which service areas and phases are in, the question set, and what that means in time: the
 * profile's minutes per item × the items in scope, updated (and announced) as the choices change.
 */
export function ScopeFieldset({
  form,
  questionnaire,
  showKeptAnswers,
}: {
  form: UseFormReturn<SetupValues, unknown, ValidSetup>;
  questionnaire: Questionnaire;
  showKeptAnswers: boolean;
}) {
  const { t } = useTranslation();
  const { language, localize } = useLocalize();
  const errorText = useErrorText();
  const {
    control,
    register,
    formState: { errors },
  } = form;
  const [areas, phases, profile] = useWatch({ control, name: ['areas', 'phases', 'profile'] });
  const estimate = estimateDuration(questionnaire, {
    areas: areas ?? [],
    phases: phases ?? [],
    profile: profile ?? '',
  });
  const numberFormat = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 });

  const areaChoice = (area: Area) => (
    <div className="choice" key={area.id}>
      <input
        {...register('areas')}
        type="checkbox"
        id={`area-${area.id}`}
        value={area.id}
        aria-describedby={`area-${area.id}-description`}
      />
      <div className="choice-text">
        <label htmlFor={`area-${area.id}`}>{localize(area.name)}</label>
        <p className="choice-hint" id={`area-${area.id}-description`}>
          {localize(area.description)}
        </p>
      </div>
    </div>
  );
  const core = questionnaire.areas.filter((a) => a.kind === 'core');
  const support = questionnaire.areas.filter((a) => a.kind === 'support');

  return (
    <section className="setup-section" aria-labelledby="setup-scope">
      <h2 id="setup-scope">{t('setup.sections.scope')}</h2>
      <p className="field-hint">{t('setup.scope.hint')}</p>
      {showKeptAnswers && <p className="field-hint">{t('setup.scope.keptAnswers')}</p>}

      <Fieldset id="areas" legend={t('setup.scope.areas')} error={errorText(errors.areas?.message)}>
        <div className="scope-area-groups">
          {[
            { id: 'core', title: t('setup.scope.coreAreas'), areas: core },
            { id: 'support', title: t('setup.scope.supportAreas'), areas: support },
          ]
            .filter((group) => group.areas.length > 0)
            .map((group) => (
              <fieldset key={group.id} className="scope-area-group">
                <legend>{group.title}</legend>
                {group.areas.map(areaChoice)}
              </fieldset>
            ))}
        </div>
      </Fieldset>

      <Fieldset id="phases" legend={t('setup.scope.phases')} error={errorText(errors.phases?.message)}>
        {questionnaire.phases.map((phase) => (
          <div className="choice" key={phase.id}>
            <input
              {...register('phases')}
              type="checkbox"
              id={`phase-${phase.id}`}
              value={phase.id}
              aria-describedby={`phase-${phase.id}-description`}
            />
            <div className="choice-text">
              <label htmlFor={`phase-${phase.id}`}>{localize(phase.name)}</label>
              <p className="choice-hint" id={`phase-${phase.id}-description`}>
                {localize(phase.description)}
              </p>
            </div>
          </div>
        ))}
      </Fieldset>

      <Fieldset id="profile" legend={t('setup.scope.profile')} error={errorText(errors.profile?.message)}>
        {questionnaire.profiles.map((p) => (
          <div className="choice" key={p.id}>
            <input
              {...register('profile')}
              type="radio"
              id={`profile-${p.id}`}
              value={p.id}
              aria-describedby={`profile-${p.id}-description`}
            />
            <div className="choice-text">
              <label htmlFor={`profile-${p.id}`}>{localize(p.name)}</label>
              <p className="choice-hint" id={`profile-${p.id}-description`}>
                {localize(p.description)}
              </p>
            </div>
          </div>
        ))}
      </Fieldset>

      <div className="setup-estimate" role="status" aria-atomic="true">
        <p className="setup-estimate-title">
          {t('setup.scope.estimateTitle')}:{' '}
          <strong>
            {estimate.items > 0
              ? t('setup.scope.estimate', {
                  duration: formatDuration(roughMinutes(estimate.minutes), language),
                })
              : '–'}
          </strong>
        </p>
        <p className="setup-estimate-detail">
          {estimate.items > 0
            ? t('setup.scope.estimateItems', {
                count: estimate.items,
                minutes: numberFormat.format(estimate.minutesPerItem),
              })
            : t('setup.scope.noItems')}
        </p>
      </div>
    </section>
  );
}
