import { z } from 'zod';
import {
  offeringRuleIssues,
  offeringTypeSchema,
  pricingModelSchema,
  providerKindSchema,
} from '../../domain/offering/schema';
import type { Catalog, CatalogOffering, OfferingRule, Provider } from '../../domain/offering/schema';
import { checkSpdxExpression } from '../../domain/offering/spdx';
import { languages, type LocalizedText } from '../../domain/text';

/**
 * The supplier form's values and rules. The form holds strings as the inputs give them; the schema
 * checks them with messages in the user's language, applying the same brochure rules as catalog
 * files (`offeringRuleIssues`, `checkSpdxExpression`), and `toCatalog` turns valid values into the
 * catalog file a supplier sends to the network.
 */

export interface TextValues {
  fi: string;
  sv: string;
  en: string;
}

export interface OfferingValues {
  name: string;
  type: z.infer<typeof offeringTypeSchema>;
  description: TextValues;
  phases: string[];
  areas: string[];
  dimensions: string[];
  tags: string[];
  spdx: string;
  open: TextValues;
  closed: TextValues;
  model: z.infer<typeof pricingModelSchema>;
  from: string;
  to: string;
  unit: TextValues;
  note: TextValues;
}

export interface SupplierValues {
  name: string;
  kind: z.infer<typeof providerKindSchema>;
  member: boolean;
  businessId: string;
  url: string;
  contactName: string;
  email: string;
  phone: string;
  what: TextValues;
  how: TextValues;
  more: TextValues;
  offerings: OfferingValues[];
}

export const emptyText = (): TextValues => ({ fi: '', sv: '', en: '' });

export function emptyOffering(): OfferingValues {
  return {
    name: '',
    type: 'service',
    description: emptyText(),
    phases: [],
    areas: [],
    dimensions: [],
    tags: [],
    spdx: '',
    open: emptyText(),
    closed: emptyText(),
    model: 'quote',
    from: '',
    to: '',
    unit: emptyText(),
    note: emptyText(),
  };
}

export function emptySupplier(): SupplierValues {
  return {
    name: '',
    kind: 'company',
    member: false,
    businessId: '',
    url: '',
    contactName: '',
    email: '',
    phone: '',
    what: emptyText(),
    how: emptyText(),
    more: emptyText(),
    offerings: [emptyOffering()],
  };
}

/** Translates a message key with values; the schema is built per language. */
export type Translate = (key: string, values?: Record<string, string>) => string;

const ruleKeys: Record<OfferingRule, string> = {
  'closed-statement-missing': 'catalog.supplier.errors.closedMissing',
  'closed-product': 'catalog.supplier.errors.closedProduct',
  'unconfirmed-with-spdx': 'catalog.supplier.errors.spdxSyntax',
  'price-missing': 'catalog.supplier.errors.priceMissing',
  'free-with-price': 'catalog.supplier.errors.freeWithPrice',
  'price-range': 'catalog.supplier.errors.priceRange',
};

const blank = (text: TextValues) => languages.every((lang) => text[lang].trim() === '');

/** The SPDX problem in the user's language, or null. */
export function spdxMessage(expression: string, t: Translate): string | null {
  if (expression.trim() === '') return null;
  const problem = checkSpdxExpression(expression.trim());
  if (!problem) return null;
  switch (problem.kind) {
    case 'unknown-id':
      return problem.suggestions.length > 0
        ? t('catalog.supplier.errors.spdxUnknownSuggest', {
            id: problem.id,
            suggestion: problem.suggestions.map((s) => `”${s}”`).join(' / '),
          })
        : t('catalog.supplier.errors.spdxUnknown', { id: problem.id });
    case 'deprecated-id':
      return problem.replacements.length > 0
        ? t('catalog.supplier.errors.spdxDeprecated', {
            id: problem.id,
            replacements: problem.replacements.join(' / '),
          })
        : t('catalog.supplier.errors.spdxDeprecatedPlain', { id: problem.id });
    case 'too-long':
      return t('catalog.supplier.errors.tooLong');
    default:
      return t('catalog.supplier.errors.spdxSyntax');
  }
}

/** Where the form shows a rule's error: the file's `licence.closed` is the form's three closed texts (Finnish first). */
function formPath(path: ReadonlyArray<string | number>): Array<string | number> {
  const [head, field] = path;
  if (head === 'licence') return field === 'closed' ? ['closed', 'fi'] : ['spdx'];
  if (head === 'pricing' && field !== undefined) return [field];
  return [...path];
}

const euros = /^\d{1,9}$/;
const toNumber = (value: string): number | null => (value.trim() === '' ? null : Number(value.trim()));

export function supplierSchema(t: Translate) {
  const required = t('catalog.supplier.errors.required');
  const requiredText = z
    .string()
    .trim()
    .min(1, { error: required })
    .max(4000, { error: t('catalog.supplier.errors.tooLong') });
  const text = z.strictObject({ fi: requiredText, sv: requiredText, en: requiredText });
  const optionalText = z
    .strictObject({ fi: z.string(), sv: z.string(), en: z.string() })
    .superRefine((value, ctx) => {
      if (blank(value)) return;
      for (const lang of languages)
        if (value[lang].trim() === '')
          ctx.addIssue({ code: 'custom', path: [lang], message: t('catalog.supplier.errors.allLanguages') });
    });
  const pickOne = z.array(z.string()).min(1, { error: t('catalog.supplier.errors.pickOne') });
  const price = z
    .string()
    .refine((v) => v.trim() === '' || euros.test(v.trim()), { error: t('catalog.supplier.errors.number') });

  const offering = z
    .object({
      name: z
        .string()
        .trim()
        .min(1, { error: required })
        .max(200, { error: t('catalog.supplier.errors.tooLong') }),
      type: offeringTypeSchema,
      description: text,
      phases: pickOne,
      areas: pickOne,
      dimensions: pickOne,
      tags: z.array(z.string()).max(30),
      spdx: z.string(),
      open: text,
      closed: optionalText,
      model: pricingModelSchema,
      from: price,
      to: price,
      unit: text,
      note: optionalText,
    })
    .superRefine((values, ctx) => {
      const spdx = spdxMessage(values.spdx, t);
      if (spdx) ctx.addIssue({ code: 'custom', path: ['spdx'], message: spdx });
      const from = euros.test(values.from.trim()) ? toNumber(values.from) : null;
      const to = euros.test(values.to.trim()) ? toNumber(values.to) : null;
      for (const issue of offeringRuleIssues({
        type: values.type,
        licence: {
          spdx: values.spdx.trim() === '' ? null : values.spdx.trim(),
          closed: blank(values.closed) ? null : values.closed,
        },
        pricing: { model: values.model, from, to },
      })) {
        ctx.addIssue({ code: 'custom', path: formPath(issue.path), message: t(ruleKeys[issue.rule]) });
      }
    });

  return z
    .object({
      name: z
        .string()
        .trim()
        .min(1, { error: required })
        .max(200, { error: t('catalog.supplier.errors.tooLong') }),
      kind: providerKindSchema,
      member: z.boolean(),
      businessId: z.string().refine((v) => v.trim() === '' || /^\d{7}-\d$/.test(v.trim()), {
        error: t('catalog.supplier.errors.businessId'),
      }),
      url: z
        .string()
        .refine((v) => v.trim() === '' || z.url({ protocol: /^https?$/ }).safeParse(v.trim()).success, {
          error: t('catalog.supplier.errors.url'),
        }),
      contactName: z.string().max(200, { error: t('catalog.supplier.errors.tooLong') }),
      email: z.string().refine((v) => v.trim() === '' || z.email().safeParse(v.trim()).success, {
        error: t('catalog.supplier.errors.email'),
      }),
      phone: z.string().refine((v) => v.trim() === '' || /^\+?[0-9][0-9 ()-]{4,24}$/.test(v.trim()), {
        error: t('catalog.supplier.errors.phone'),
      }),
      what: text,
      how: text,
      more: text,
      offerings: z.array(offering).min(1),
    })
    .superRefine((values, ctx) => {
      if ([values.contactName, values.email, values.phone].every((v) => v.trim() === ''))
        ctx.addIssue({
          code: 'custom',
          path: ['contactName'],
          message: t('catalog.supplier.errors.contact'),
        });
    });
}

const trimText = (text: TextValues): LocalizedText => ({
  fi: text.fi.trim(),
  sv: text.sv.trim(),
  en: text.en.trim(),
});

/** A slug from a name: "Avaamo Konsultointi Oy" → "avaamo-konsultointi-oy". */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** The provider as a catalog file lists it. */
export function toProvider(values: SupplierValues): Provider {
  const contact = {
    ...(values.contactName.trim() && { name: values.contactName.trim() }),
    ...(values.email.trim() && { email: values.email.trim() }),
    ...(values.phone.trim() && { phone: values.phone.trim() }),
  };
  return {
    id: slugify(values.name, 'supplier'),
    name: values.name.trim(),
    kind: values.kind,
    member: values.member,
    ...(values.businessId.trim() && { businessId: values.businessId.trim() }),
    ...(values.url.trim() && { url: values.url.trim() }),
    ...(Object.keys(contact).length > 0 && { contact }),
    profile: { what: trimText(values.what), how: trimText(values.how), more: trimText(values.more) },
  };
}

const scope = (chosen: readonly string[], all: readonly string[]): 'all' | string[] =>
  all.length > 0 && all.every((id) => chosen.includes(id))
    ? 'all'
    : all.length > 0
      ? all.filter((id) => chosen.includes(id))
      : [...chosen];

/** One offering as a catalog file lists it; `ids` gives the order and the full sets ("all"). */
export function toCatalogOffering(
  values: OfferingValues,
  providerId: string,
  id: string,
  ids: { phases: readonly string[]; areas: readonly string[]; dimensions: readonly string[] },
): CatalogOffering {
  const spdx = values.spdx.trim();
  return {
    id,
    name: values.name.trim(),
    provider: providerId,
    type: values.type,
    description: trimText(values.description),
    phases: scope(values.phases, ids.phases),
    areas: scope(values.areas, ids.areas),
    dimensions: scope(values.dimensions, ids.dimensions),
    tags: [...values.tags].sort(),
    licence: {
      spdx: spdx === '' ? null : spdx,
      open: trimText(values.open),
      closed: blank(values.closed) ? null : trimText(values.closed),
    },
    pricing: {
      model: values.model,
      from: toNumber(values.from),
      to: toNumber(values.to),
      unit: trimText(values.unit),
      ...(!blank(values.note) && { note: trimText(values.note) }),
    },
  };
}

/** The catalog file a supplier sends to the network: its profile and its offerings. */
export function toCatalog(
  values: SupplierValues,
  updated: string,
  ids: { phases: readonly string[]; areas: readonly string[]; dimensions: readonly string[] },
): Catalog {
  const provider = toProvider(values);
  const used = new Set<string>();
  const offerings = values.offerings.map((offering, index) => {
    let id = `${provider.id}.${slugify(offering.name, `offering-${index + 1}`)}`;
    for (let n = 2; used.has(id); n++) id = `${provider.id}.${slugify(offering.name, 'offering')}-${n}`;
    used.add(id);
    return toCatalogOffering(offering, provider.id, id, ids);
  });
  return {
    id: `supplier.${provider.id}`,
    version: '1.0.0',
    updated,
    title: {
      fi: `${provider.name}: tarjooma`,
      sv: `${provider.name}: utbud`,
      en: `${provider.name}: offering`,
    },
    providers: [provider],
    offerings,
  };
}
