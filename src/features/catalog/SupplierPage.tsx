import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parseCatalog } from '../../domain/offering/catalog';
import {
  offeringTypeSchema,
  pricingModelSchema,
  providerKindSchema,
  type Offering,
} from '../../domain/offering/schema';
import { spdxLicenseIds } from '../../domain/offering/spdx';
import { languages } from '../../domain/text';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/form/ErrorSummary';
import { Field, Fieldset, fieldIds, describedBy } from '../../components/form/Field';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocalize } from '../../components/useLocalize';
import { downloadFile } from '../../persistence/files';
import { readPreference, writePreference } from '../../persistence/local-storage';
import { hrefFor } from '../../state/router';
import { localToday } from './format';
import { useModelNames, type ModelNames } from './names';
import { OfferingCard } from './OfferingCard';
import { ProviderProfile } from './ProviderProfile';
import {
  emptyOffering,
  emptySupplier,
  supplierSchema,
  toCatalog,
  toCatalogOffering,
  toProvider,
  type SupplierValues,
  type TextValues,
  type Translate,
} from './supplier-form';
import { tagLabels } from './tag-labels';
import './catalog.css';

const draftKey = 'avoin-kunta:supplier-draft';
const fieldId = (path: string) => `sf-${path.replace(/\./g, '-')}`;

/** The saved draft, taking only fields of the expected types (it is our own data, but storage can hold anything). */
function restoreDraft(): SupplierValues {
  const base = emptySupplier();
  const raw = readPreference(draftKey);
  if (!raw) return base;
  try {
    const draft = JSON.parse(raw) as Partial<SupplierValues>;
    const text = (value: unknown, fallback: TextValues): TextValues =>
      value && typeof value === 'object'
        ? (Object.fromEntries(
            languages.map((l) => [l, String((value as Record<string, unknown>)[l] ?? '')]),
          ) as unknown as TextValues)
        : fallback;
    const str = (value: unknown) => (typeof value === 'string' ? value : '');
    const list = (value: unknown) =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    const pick = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
      options.includes(value as T) ? (value as T) : fallback;
    const offerings =
      Array.isArray(draft.offerings) && draft.offerings.length > 0 ? draft.offerings : [emptyOffering()];
    return {
      name: str(draft.name),
      kind: pick(draft.kind, providerKindSchema.options, 'company'),
      member: draft.member === true,
      businessId: str(draft.businessId),
      url: str(draft.url),
      contactName: str(draft.contactName),
      email: str(draft.email),
      phone: str(draft.phone),
      what: text(draft.what, base.what),
      how: text(draft.how, base.how),
      more: text(draft.more, base.more),
      offerings: offerings.map((o) => {
        const e = emptyOffering();
        return {
          name: str(o?.name),
          type: pick(o?.type, offeringTypeSchema.options, e.type),
          description: text(o?.description, e.description),
          phases: list(o?.phases),
          areas: list(o?.areas),
          dimensions: list(o?.dimensions),
          tags: list(o?.tags),
          spdx: str(o?.spdx),
          open: text(o?.open, e.open),
          closed: text(o?.closed, e.closed),
          model: pick(o?.model, pricingModelSchema.options, e.model),
          from: str(o?.from),
          to: str(o?.to),
          unit: text(o?.unit, e.unit),
          note: text(o?.note, e.note),
        };
      }),
    };
  } catch {
    return base;
  }
}

type ErrorTree = FieldErrors<SupplierValues> | Record<string, unknown> | undefined;

/** Every error message with the path of its field, in form order. */
function collectErrors(errors: ErrorTree, prefix = ''): Array<{ path: string; message: string }> {
  if (!errors || typeof errors !== 'object') return [];
  const out: Array<{ path: string; message: string }> = [];
  const record = errors as Record<string, unknown>;
  if (typeof record['message'] === 'string' && prefix !== '' && 'type' in record) {
    out.push({ path: prefix, message: record['message'] });
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === 'message' || key === 'type' || key === 'ref' || key === 'types' || key === 'root') continue;
    if (value && typeof value === 'object')
      out.push(...collectErrors(value as ErrorTree, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}

function errorAt(errors: ErrorTree, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  const message = node && typeof node === 'object' ? (node as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : undefined;
}

interface FormParts {
  register: UseFormRegister<SupplierValues>;
  errors: FieldErrors<SupplierValues>;
  t: Translate;
}

function TextInput({
  parts,
  path,
  label,
  hint,
  type = 'text',
  autoComplete,
}: {
  parts: FormParts;
  path: string;
  label: string;
  hint?: string;
  type?: string;
  autoComplete?: string;
}) {
  const id = fieldId(path);
  return (
    <Field id={id} label={label} hint={hint} error={errorAt(parts.errors, path)}>
      {(control) => (
        <input
          {...control}
          {...parts.register(path as never)}
          className="text-input"
          type={type}
          autoComplete={autoComplete}
        />
      )}
    </Field>
  );
}

/** A text in Finnish, Swedish and English: one fieldset, three labelled text areas. */
function TextTrio({
  parts,
  path,
  legend,
  hint,
  rows = 3,
}: {
  parts: FormParts;
  path: string;
  legend: string;
  hint?: string;
  rows?: number;
}) {
  const { t } = parts;
  const langLabel = {
    fi: t('catalog.supplier.inFi'),
    sv: t('catalog.supplier.inSv'),
    en: t('catalog.supplier.inEn'),
  };
  const hintId = `${fieldId(path)}-hint`;
  return (
    <fieldset className="fieldset text-trio">
      <legend className="fieldset-legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {languages.map((lang) => {
        const id = fieldId(`${path}.${lang}`);
        const error = errorAt(parts.errors, `${path}.${lang}`);
        const ids = fieldIds(id);
        return (
          <div key={lang} className={error ? 'field field--invalid' : 'field'}>
            <label htmlFor={id} className="field-label field-label--sub">
              {langLabel[lang]}
            </label>
            {error && (
              <p id={ids.error} className="field-error">
                {error}
              </p>
            )}
            <textarea
              id={id}
              className="text-input"
              rows={rows}
              lang={lang}
              aria-describedby={describedBy(hint ? hintId : undefined, error ? ids.error : undefined)}
              aria-invalid={error ? true : undefined}
              {...parts.register(`${path}.${lang}` as never)}
            />
          </div>
        );
      })}
    </fieldset>
  );
}

function CheckboxGroup({
  parts,
  path,
  legend,
  hint,
  options,
}: {
  parts: FormParts;
  path: string;
  legend: string;
  hint?: string;
  options: ReadonlyArray<{ id: string; label: string }>;
}) {
  const id = fieldId(path);
  const error = errorAt(parts.errors, path);
  return (
    <div id={id} tabIndex={-1} className="group-anchor">
      <Fieldset id={id} legend={legend} hint={hint} error={error}>
        <div className="choice-grid">
          {options.map((option) => (
            <div className="choice" key={option.id}>
              <input
                type="checkbox"
                id={`${id}-${option.id}`}
                value={option.id}
                {...parts.register(path as never)}
              />
              <label htmlFor={`${id}-${option.id}`}>{option.label}</label>
            </div>
          ))}
        </div>
      </Fieldset>
    </div>
  );
}

function OfferingFields({
  parts,
  index,
  names,
  onRemove,
  canRemove,
}: {
  parts: FormParts;
  index: number;
  names: ModelNames;
  onRemove: () => void;
  canRemove: boolean;
}) {
  const { t } = parts;
  const { localize, language } = useLocalize();
  const base = `offerings.${index}`;
  const number = String(index + 1);
  const toOptions = (list: ModelNames['phases']) =>
    list.map((entry) => ({ id: entry.id, label: localize(entry.name) }));
  const tagOptions = names.tags.map((tag) => ({ id: tag, label: tagLabels[tag]?.[language] ?? tag }));
  const selectField = (
    path: string,
    label: string,
    options: ReadonlyArray<{ value: string; label: string }>,
  ) => (
    <Field id={fieldId(path)} label={label} error={errorAt(parts.errors, path)}>
      {(control) => (
        <select {...control} {...parts.register(path as never)} className="text-input">
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <fieldset className="offering-fields">
      <legend>{t('catalog.supplier.offeringLegend', { number })}</legend>
      <TextInput parts={parts} path={`${base}.name`} label={t('catalog.supplier.offeringName')} />
      {selectField(
        `${base}.type`,
        t('catalog.supplier.type'),
        offeringTypeSchema.options.map((type) => ({ value: type, label: t(`catalog.types.${type}`) })),
      )}
      <TextTrio parts={parts} path={`${base}.description`} legend={t('catalog.supplier.description')} />
      <CheckboxGroup
        parts={parts}
        path={`${base}.phases`}
        legend={t('catalog.supplier.phases')}
        options={toOptions(names.phases)}
      />
      <CheckboxGroup
        parts={parts}
        path={`${base}.areas`}
        legend={t('catalog.supplier.areas')}
        options={toOptions(names.areas)}
      />
      <CheckboxGroup
        parts={parts}
        path={`${base}.dimensions`}
        legend={t('catalog.supplier.dimensions')}
        options={toOptions(names.dimensions)}
      />
      <details className="tag-details">
        <summary>{t('catalog.supplier.tags')}</summary>
        <CheckboxGroup
          parts={parts}
          path={`${base}.tags`}
          legend={t('catalog.supplier.tags')}
          hint={t('catalog.supplier.tagsHint')}
          options={tagOptions}
        />
      </details>
      <h4>{t('catalog.supplier.licenceSection')}</h4>
      <Field
        id={fieldId(`${base}.spdx`)}
        label={t('catalog.supplier.spdx')}
        hint={t('catalog.supplier.spdxHint')}
        error={errorAt(parts.errors, `${base}.spdx`)}
      >
        {(control) => (
          <input
            {...control}
            {...parts.register(`${base}.spdx` as never)}
            className="text-input"
            list="spdx-licence-ids"
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <TextTrio
        parts={parts}
        path={`${base}.open`}
        legend={t('catalog.supplier.open')}
        hint={t('catalog.supplier.openHint')}
      />
      <TextTrio
        parts={parts}
        path={`${base}.closed`}
        legend={t('catalog.supplier.closed')}
        hint={t('catalog.supplier.closedHint')}
      />
      <h4>{t('catalog.supplier.pricingSection')}</h4>
      {selectField(
        `${base}.model`,
        t('catalog.supplier.model'),
        pricingModelSchema.options.map((model) => ({ value: model, label: t(`catalog.models.${model}`) })),
      )}
      <div className="price-row">
        <TextInput parts={parts} path={`${base}.from`} label={t('catalog.supplier.from')} type="text" />
        <TextInput parts={parts} path={`${base}.to`} label={t('catalog.supplier.to')} type="text" />
      </div>
      <TextTrio parts={parts} path={`${base}.unit`} legend={t('catalog.supplier.unit')} rows={1} />
      <TextTrio parts={parts} path={`${base}.note`} legend={t('catalog.supplier.note')} rows={2} />
      {canRemove && (
        <button type="button" className="button-quiet" onClick={onRemove}>
          {t('catalog.supplier.removeOffering', { number })}
        </button>
      )}
    </fieldset>
  );
}

function Preview({
  values,
  names,
  schema,
}: {
  values: SupplierValues;
  names: ModelNames;
  schema: ReturnType<typeof supplierSchema>;
}) {
  const { t } = useTranslation();
  const filled = (text: TextValues) => languages.every((l) => text[l].trim() !== '');
  const provider = toProvider(values);
  const profileReady =
    values.name.trim() !== '' && filled(values.what) && filled(values.how) && filled(values.more);
  const offeringSchema = schema.shape.offerings.element;
  const ids = {
    phases: names.phases.map((p) => p.id),
    areas: names.areas.map((a) => a.id),
    dimensions: names.dimensions.map((d) => d.id),
  };
  return (
    <section className="catalog-section supplier-preview" aria-labelledby="supplier-preview-title">
      <h2 id="supplier-preview-title">{t('catalog.supplier.preview')}</h2>
      <p>{t('catalog.supplier.previewLead')}</p>
      {profileReady ? (
        <ProviderProfile provider={provider} />
      ) : (
        <p className="muted">{t('catalog.supplier.profileIncomplete')}</p>
      )}
      <ul className="offering-list">
        {values.offerings.map((offering, index) => {
          const number = String(index + 1);
          if (!offeringSchema.safeParse(offering).success)
            return (
              <li key={index} className="muted">
                {t('catalog.supplier.previewIncomplete', { number })}
              </li>
            );
          const resolved: Offering = {
            ...toCatalogOffering(offering, provider.id, `preview-${index}`, ids),
            provider: { ...provider, name: provider.name || '—' },
          };
          return (
            <li key={index}>
              <OfferingCard offering={resolved} names={names} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function SupplierForm({ names }: { names: ModelNames }) {
  const { t, i18n } = useTranslation();
  const translate: Translate = (key, values) => String(t(key as never, values as never));
  // rebuilt per language so that messages come in the language the user reads
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const schema = useMemo(() => supplierSchema(translate), [i18n.language]);
  const form = useForm<SupplierValues>({
    resolver: zodResolver(schema) as never,
    defaultValues: restoreDraft(),
    shouldFocusError: false,
  });
  const { register, control, handleSubmit, reset, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'offerings' });
  const values = useWatch({ control }) as SupplierValues;
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [message, setMessage] = useState('');
  const parts: FormParts = { register, errors: formState.errors, t: translate };

  useEffect(() => {
    // the draft is kept at every change, so a reload or a closed tab loses nothing
    writePreference(draftKey, JSON.stringify(values));
  }, [values]);

  const summary: ErrorSummaryItem[] = collectErrors(formState.errors).map((e) => ({
    fieldId: fieldId(e.path),
    message: e.message,
  }));
  const ids = {
    phases: names.phases.map((p) => p.id),
    areas: names.areas.map((a) => a.id),
    dimensions: names.dimensions.map((d) => d.id),
  };

  const submit = handleSubmit(
    (valid) => {
      const catalog = toCatalog(valid, localToday(), ids);
      // the same check the network runs when it imports the file
      const checked = parseCatalog(catalog);
      if (!checked.ok) {
        setMessage(checked.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
        return;
      }
      const file = `avoin-kunta-tarjooma-${catalog.providers[0]!.id}.json`;
      const ok = downloadFile(file, `${JSON.stringify(catalog, null, 2)}\n`, 'application/json');
      setMessage(ok ? t('catalog.supplier.exported', { file }) : t('catalog.supplier.exportFailed'));
    },
    () => {
      setMessage('');
      setFailedSubmits((n) => n + 1);
    },
  );

  return (
    <>
      <form className="supplier-form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary
          title={t('catalog.supplier.errorSummary', { count: String(summary.length) })}
          errors={summary}
          focusSignal={failedSubmits}
        />
        <section className="catalog-section" aria-labelledby="supplier-provider">
          <h2 id="supplier-provider">{t('catalog.supplier.providerSection')}</h2>
          <TextInput
            parts={parts}
            path="name"
            label={t('catalog.supplier.name')}
            autoComplete="organization"
          />
          <Field id={fieldId('kind')} label={t('catalog.supplier.kind')}>
            {(control) => (
              <select {...control} {...register('kind')} className="text-input">
                {providerKindSchema.options.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`catalog.providers.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="choice field">
            <input type="checkbox" id={fieldId('member')} {...register('member')} />
            <label htmlFor={fieldId('member')}>{t('catalog.supplier.member')}</label>
          </div>
          <TextInput
            parts={parts}
            path="businessId"
            label={t('catalog.supplier.businessId')}
            hint={t('catalog.supplier.businessIdHint')}
          />
          <TextInput
            parts={parts}
            path="url"
            label={t('catalog.supplier.url')}
            type="url"
            autoComplete="url"
          />
          <fieldset className="fieldset">
            <legend className="fieldset-legend">{t('catalog.supplier.contactLegend')}</legend>
            <TextInput
              parts={parts}
              path="contactName"
              label={t('catalog.supplier.contactName')}
              autoComplete="name"
            />
            <TextInput
              parts={parts}
              path="email"
              label={t('catalog.supplier.email')}
              type="email"
              autoComplete="email"
            />
            <TextInput
              parts={parts}
              path="phone"
              label={t('catalog.supplier.phone')}
              type="tel"
              autoComplete="tel"
            />
          </fieldset>
        </section>
        <section className="catalog-section" aria-labelledby="supplier-profile">
          <h2 id="supplier-profile">{t('catalog.supplier.profileSection')}</h2>
          <TextTrio parts={parts} path="what" legend={t('catalog.supplier.what')} />
          <TextTrio
            parts={parts}
            path="how"
            legend={t('catalog.supplier.how')}
            hint={t('catalog.supplier.howHint')}
            rows={5}
          />
          <TextTrio parts={parts} path="more" legend={t('catalog.supplier.more')} rows={2} />
        </section>
        <section className="catalog-section" aria-labelledby="supplier-offerings">
          <h2 id="supplier-offerings">{t('catalog.supplier.offeringsSection')}</h2>
          <p>{t('catalog.supplier.rules')}</p>
          {fields.map((field, index) => (
            <OfferingFields
              key={field.id}
              parts={parts}
              index={index}
              names={names}
              canRemove={fields.length > 1}
              onRemove={() => remove(index)}
            />
          ))}
          <button type="button" className="button-secondary" onClick={() => append(emptyOffering())}>
            {t('catalog.supplier.addOffering')}
          </button>
        </section>
        <datalist id="spdx-licence-ids">
          {spdxLicenseIds.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
        <div className="button-row">
          <button type="submit" className="button-primary">
            {t('catalog.supplier.export')}
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              reset(emptySupplier());
              setMessage('');
            }}
          >
            {t('catalog.supplier.clear')}
          </button>
        </div>
        <p className="muted">{t('catalog.supplier.draftKept')}</p>
        <p className="status-message" role="status">
          {message}
        </p>
      </form>
      <Preview values={values} names={names} schema={schema} />
    </>
  );
}

/** `#/catalog/supplier`: a supplier fills its profile and offerings and exports a catalog file. */
export function SupplierPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalog.supplier.title'), t('app.name'));
  const names = useModelNames();
  return (
    <article className="page supplier-page catalog-page">
      <p>
        <a href={hrefFor({ page: 'catalog' })}>{t('catalog.supplier.back')}</a>
      </p>
      <PageHeading>{t('catalog.supplier.title')}</PageHeading>
      <p className="lead">{t('catalog.supplier.lead')}</p>
      {names.ready ? <SupplierForm names={names} /> : <p className="loading">{t('catalog.loading')}</p>}
    </article>
  );
}
