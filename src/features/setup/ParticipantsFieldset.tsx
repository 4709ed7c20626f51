import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/form/Field';
import type { SetupValues, ValidSetup } from './setup-form';
import { useErrorText } from './use-error-text';

const roleKeys = [
  'management',
  'it',
  'serviceArea',
  'procurement',
  'finance',
  'dataProtection',
  'communications',
  'elected',
] as const;

const rolesListId = 'setup-role-suggestions';

const nameId = (participantId: string) => `participant-${participantId}-name`;
const buttonId = (participantId: string, action: 'up' | 'down' | 'remove') =>
  `participant-${participantId}-${action}`;

/**
 * The participants as an ordered list: add, remove and reorder with buttons that keep focus on
 * something sensible (the new name field, the moved row's button, the next row) and announce the
 * change to screen-reader users.
 */
export function ParticipantsFieldset({
  form,
  recorded,
}: {
  form: UseFormReturn<SetupValues, unknown, ValidSetup>;
  recorded?: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const {
    control,
    register,
    formState: { errors },
  } = form;
  // keyName "key": our participants already carry their own `id`, which must not be overwritten
  const { fields, append, remove, move } = useFieldArray({ control, name: 'participants', keyName: 'key' });
  const names = useWatch({ control, name: 'participants' });
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const who = (index: number) => {
    const name = names?.[index]?.name.trim();
    return name || t('setup.participants.item', { number: index + 1 });
  };
  const context = (index: number) => {
    const name = names?.[index]?.name.trim();
    const number = t('setup.participants.itemContext', { number: index + 1 });
    return name ? `${number}, ${name}` : number;
  };

  const add = () => {
    const id = crypto.randomUUID();
    append({ id, name: '', role: '' }, { shouldFocus: false });
    pendingFocus.current = nameId(id);
    setAnnouncement('');
  };

  const removeAt = (index: number) => {
    const next = fields[index + 1] ?? fields[index - 1];
    setAnnouncement(t('setup.participants.removed', { who: who(index) }));
    remove(index);
    pendingFocus.current = next ? nameId(next.id) : 'participants-add';
  };

  const moveTo = (index: number, to: number, direction: 'up' | 'down') => {
    const field = fields[index];
    if (!field || to < 0 || to >= fields.length) return;
    setAnnouncement(
      t('setup.participants.moved', { who: who(index), position: to + 1, total: fields.length }),
    );
    move(index, to);
    // at the top or bottom the pressed button is disabled: continue from the other one
    const atEdge = direction === 'up' ? to === 0 : to === fields.length - 1;
    pendingFocus.current = buttonId(field.id, atEdge ? (direction === 'up' ? 'down' : 'up') : direction);
  };

  return (
    <section className="setup-section" aria-labelledby="setup-participants">
      <h2 id="setup-participants">{t('setup.sections.participants')}</h2>
      <p className="field-hint" id="setup-participants-hint">
        {t('setup.participants.hint')} {t('setup.participants.roleHint')}
      </p>
      {fields.length === 0 ? (
        <p className="setup-empty">{t('setup.participants.empty')}</p>
      ) : (
        <ol className="participant-list">
          {fields.map((field, index) => {
            const rowErrors = errors.participants?.[index];
            const count = recorded?.get(field.id) ?? 0;
            const legendId = `participant-${field.id}-legend`;
            return (
              <li key={field.key} className="participant">
                <fieldset className="participant-fieldset" aria-labelledby={legendId}>
                  <legend id={legendId} className="participant-legend">
                    {t('setup.participants.item', { number: index + 1 })}
                  </legend>
                  <div className="participant-fields">
                    <Field
                      id={nameId(field.id)}
                      label={t('setup.participants.name')}
                      error={errorText(rowErrors?.name?.message)}
                    >
                      {(controlProps) => (
                        <input
                          {...controlProps}
                          {...register(`participants.${index}.name`)}
                          type="text"
                          autoComplete="off"
                          className="text-input"
                        />
                      )}
                    </Field>
                    <Field
                      id={`participant-${field.id}-role`}
                      label={t('setup.participants.role')}
                      error={errorText(rowErrors?.role?.message)}
                    >
                      {(controlProps) => (
                        <input
                          {...controlProps}
                          {...register(`participants.${index}.role`)}
                          type="text"
                          list={rolesListId}
                          autoComplete="off"
                          className="text-input"
                        />
                      )}
                    </Field>
                  </div>
                  {count > 0 && (
                    <p className="field-hint participant-recorded">
                      {t('setup.participants.recorded', { count })}
                    </p>
                  )}
                  <div className="participant-actions">
                    <button
                      type="button"
                      id={buttonId(field.id, 'up')}
                      className="form-button form-button--small form-button--secondary"
                      disabled={index === 0}
                      onClick={() => moveTo(index, index - 1, 'up')}
                    >
                      <span aria-hidden="true">↑ </span>
                      {t('setup.participants.moveUp')}
                      <span className="visually-hidden">: {context(index)}</span>
                    </button>
                    <button
                      type="button"
                      id={buttonId(field.id, 'down')}
                      className="form-button form-button--small form-button--secondary"
                      disabled={index === fields.length - 1}
                      onClick={() => moveTo(index, index + 1, 'down')}
                    >
                      <span aria-hidden="true">↓ </span>
                      {t('setup.participants.moveDown')}
                      <span className="visually-hidden">: {context(index)}</span>
                    </button>
                    <button
                      type="button"
                      id={buttonId(field.id, 'remove')}
                      className="form-button form-button--small form-button--danger"
                      onClick={() => removeAt(index)}
                    >
                      {t('setup.participants.remove')}
                      <span className="visually-hidden">: {context(index)}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        id="participants-add"
        className="form-button form-button--secondary"
        onClick={add}
      >
        <span aria-hidden="true">+ </span>
        {t('setup.participants.add')}
      </button>
      <datalist id={rolesListId}>
        {roleKeys.map((key) => (
          <option key={key} value={t(`setup.participants.roles.${key}`)} />
        ))}
      </datalist>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
