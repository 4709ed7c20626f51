import { z } from 'zod';
import { localizedTextSchema, slugSchema } from '../text';
import { isIsoDate } from '../dates';
import { closestMatch } from '../validation';
import { checkSpdxExpression, describeSpdxProblem } from './spdx';

/**
 * What the Avoin kunta network offers: products and services, each saying which parts are openly
 * licensed and which are not, and what it costs (the brochure's rules). A catalog file lists the
 * providers once, with their profile (the brochure's *Mitä / Miten / Lisätietoja*), and the
 * offerings, each naming its provider by id. The engine matches resolved offerings
 * (`Offering`, provider embedded), which `resolveOfferings` builds from a catalog.
 */

const idsOrAll = z.union([z.literal('all'), z.array(slugSchema).min(1)]);
const httpUrl = z
  .url({ protocol: /^https?$/, error: 'expected an http(s) address such as "https://example.org/"' })
  .max(2000);
const name = z.string().trim().min(1, { error: 'required' }).max(200, { error: 'at most 200 characters' });

export const offeringTypeSchema = z.enum(['product', 'service', 'training', 'support', 'integration']);
export type OfferingType = z.infer<typeof offeringTypeSchema>;

/** Who a provider is: a company, an open-source community (association, foundation) or a public body. */
export const providerKindSchema = z.enum(['company', 'community', 'public-body']);
export type ProviderKind = z.infer<typeof providerKindSchema>;

export const contactSchema = z
  .strictObject({
    /** A person or a role ("Myynti"). */
    name: z.string().trim().min(1).max(200).optional(),
    email: z.email({ error: 'expected an e-mail address' }).max(320).optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 ()-]{4,24}$/, { error: 'expected a phone number such as "+358 50 123 4567"' })
      .optional(),
  })
  .refine((c) => c.name !== undefined || c.email !== undefined || c.phone !== undefined, {
    error: 'give at least a name, an e-mail address or a phone number',
  });
export type Contact = z.infer<typeof contactSchema>;

/** The brochure's supplier profile: *Mitä* (what), *Miten* (how), *Lisätietoja* (more information). */
export const profileSchema = z.strictObject({
  what: localizedTextSchema.meta({ description: 'Mitä: what the provider does for municipalities.' }),
  how: localizedTextSchema.meta({
    description: 'Miten: how it works. Lines starting with "- " are shown as a list.',
  }),
  more: localizedTextSchema.meta({
    description: 'Lisätietoja: where to read more (web address, references).',
  }),
});
export type Profile = z.infer<typeof profileSchema>;

const providerShape = {
  id: slugSchema,
  name,
  kind: providerKindSchema,
  /** Member of the COSS Avoin kunta network. False when membership is not known. */
  member: z.boolean(),
  /** True for a sample profile (the brochure's example fill), never a confirmed supplier. */
  example: z.boolean().optional(),
  /** Finnish business id (Y-tunnus), e.g. "1234567-8". */
  businessId: z
    .string()
    .regex(/^\d{7}-\d$/, { error: 'expected a business id such as "1234567-8"' })
    .optional(),
  url: httpUrl.optional(),
  contact: contactSchema.optional(),
  profile: profileSchema.optional(),
};

/** Brochure: a member describes itself with a profile and can be reached. */
function checkProvider(
  provider: { member: boolean; profile?: unknown; contact?: unknown; url?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (!provider.member) return;
  if (provider.profile === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['profile'],
      message: 'a network member describes itself with a profile (what, how, more)',
    });
  if (provider.contact === undefined && provider.url === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['contact'],
      message: 'a network member gives a contact or a web address',
    });
}

export const providerSchema = z.strictObject(providerShape).superRefine(checkProvider);
export type Provider = z.infer<typeof providerSchema>;

export const licenceSchema = z.strictObject({
  /**
   * SPDX expression for the openly licensed parts, checked against the SPDX licence list; null when
   * nothing is openly licensed, or when the licence is not yet confirmed (`unconfirmed`).
   */
  spdx: z
    .string()
    .superRefine((value, ctx) => {
      const problem = checkSpdxExpression(value);
      if (problem) ctx.addIssue({ code: 'custom', message: describeSpdxProblem(problem) });
    })
    .nullable(),
  /** True when the offering is open source but its exact licence has not been confirmed from its repository. */
  unconfirmed: z.boolean().optional(),
  /**
   * Plain statement of what is openly licensed (code, data, interfaces, documentation), or that
   * nothing is: every offering says it, as the brochure requires.
   */
  open: localizedTextSchema,
  /** Plain statement of what is not openly licensed; null when everything is. */
  closed: localizedTextSchema.nullable(),
});
export type Licence = z.infer<typeof licenceSchema>;

export const pricingModelSchema = z.enum([
  'free',
  'subscription',
  'licence-fee',
  'fixed-price',
  'hourly',
  'daily',
  'per-user',
  'per-resident',
  'quote',
]);
export type PricingModel = z.infer<typeof pricingModelSchema>;

export const pricingSchema = z.strictObject({
  model: pricingModelSchema,
  /** Euros excluding VAT; null when priced on request. */
  from: z.number().int().min(0).nullable(),
  to: z.number().int().min(0).nullable(),
  /** What the price is per, or what it covers: "per month", "per user per year", "implementation and support" … */
  unit: localizedTextSchema,
  /** What the price covers and what is priced separately, in plain words. */
  note: localizedTextSchema.optional(),
});
export type Pricing = z.infer<typeof pricingSchema>;

/** A brochure rule an offering breaks, where, and how to say it. */
export type OfferingRule =
  | 'closed-statement-missing'
  | 'closed-product'
  | 'unconfirmed-with-spdx'
  | 'price-missing'
  | 'free-with-price'
  | 'price-range';

export interface OfferingRuleIssue {
  path: Array<string | number>;
  rule: OfferingRule;
}

/** Offering types that deliver software: these cannot be closed source unless typed `integration`. */
const softwareTypes: ReadonlySet<OfferingType> = new Set(['product', 'support']);
/** Pricing models that state a figure. */
const figureModels: ReadonlySet<PricingModel> = new Set([
  'subscription',
  'licence-fee',
  'fixed-price',
  'hourly',
  'daily',
  'per-user',
  'per-resident',
]);

/**
 * The brochure's rules for one offering (COSS Avoin kunta, "pelisäännöt" and FAQ 2/3):
 * - say clearly which parts are openly licensed and which are not;
 * - a closed-source product may be offered only as an integration / interoperability solution,
 *   and says what is closed;
 * - pricing is clearly shown: a figure with its unit, or "quote" when priced on request.
 * Shared by the file schema (English messages) and the supplier form (localized messages).
 */
export function offeringRuleIssues(offering: {
  type: OfferingType;
  licence: { spdx: string | null; unconfirmed?: boolean; closed: unknown };
  pricing: { model: PricingModel; from: number | null; to: number | null };
}): OfferingRuleIssue[] {
  const issues: OfferingRuleIssue[] = [];
  const { licence, pricing } = offering;
  const someOpen = licence.spdx !== null || licence.unconfirmed === true;
  if (licence.unconfirmed === true && licence.spdx !== null)
    issues.push({ path: ['licence', 'unconfirmed'], rule: 'unconfirmed-with-spdx' });
  if (!someOpen) {
    if (softwareTypes.has(offering.type)) issues.push({ path: ['type'], rule: 'closed-product' });
    if (licence.closed === null)
      issues.push({ path: ['licence', 'closed'], rule: 'closed-statement-missing' });
  }
  if (figureModels.has(pricing.model) && pricing.from === null)
    issues.push({ path: ['pricing', 'from'], rule: 'price-missing' });
  if (pricing.model === 'free' && ((pricing.from ?? 0) > 0 || (pricing.to ?? 0) > 0))
    issues.push({ path: ['pricing', 'from'], rule: 'free-with-price' });
  if (pricing.from !== null && pricing.to !== null && pricing.to < pricing.from)
    issues.push({ path: ['pricing', 'to'], rule: 'price-range' });
  return issues;
}

const ruleMessages: Record<OfferingRule, string> = {
  'closed-statement-missing':
    'nothing is openly licensed: say what is closed (licence.closed), as the brochure requires',
  'closed-product':
    'a closed-source product can be offered only as an integration or interoperability solution: set "type" to "integration", or give the SPDX licence of its open parts',
  'unconfirmed-with-spdx': '"unconfirmed" is for a licence not yet known: remove it, or set "spdx" to null',
  'price-missing': 'this pricing model needs a price in euros ("from"); use "quote" when priced on request',
  'free-with-price': 'a free offering cannot have a price',
  'price-range': 'pricing.to must be at least pricing.from',
};

/** The rule in English, for people editing a catalog file. */
export function describeOfferingRule(rule: OfferingRule): string {
  return ruleMessages[rule];
}

function checkOffering(offering: Parameters<typeof offeringRuleIssues>[0], ctx: z.RefinementCtx): void {
  for (const issue of offeringRuleIssues(offering))
    ctx.addIssue({ code: 'custom', path: issue.path, message: describeOfferingRule(issue.rule) });
}

const offeringShape = {
  id: slugSchema,
  name,
  type: offeringTypeSchema,
  description: localizedTextSchema,
  phases: idsOrAll,
  areas: idsOrAll,
  dimensions: idsOrAll,
  /** Slugs shared with questionnaire item tags. */
  tags: z.array(slugSchema).max(30),
  licence: licenceSchema,
  pricing: pricingSchema,
  url: httpUrl.optional(),
};

/** An offering as written in a catalog file: its provider by id. */
export const catalogOfferingSchema = z
  .strictObject({
    ...offeringShape,
    provider: slugSchema.meta({ description: 'Id of a provider in "providers".' }),
  })
  .superRefine(checkOffering);
export type CatalogOffering = z.infer<typeof catalogOfferingSchema>;

/** An offering as the engine matches it and the screens show it: the provider embedded. */
export const offeringSchema = z
  .strictObject({ ...offeringShape, provider: z.strictObject(providerShape) })
  .superRefine(checkOffering);
export type Offering = z.infer<typeof offeringSchema>;

function duplicates<T extends { id: string }>(list: readonly T[]): Array<{ index: number; id: string }> {
  const seen = new Set<string>();
  const found: Array<{ index: number; id: string }> = [];
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) found.push({ index, id: entry.id });
    seen.add(entry.id);
  });
  return found;
}

export const catalogSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: slugSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'expected a version such as "1.0.0"' }),
    /** Day the catalog was last checked, YYYY-MM-DD. */
    updated: z.string().refine(isIsoDate, { error: 'expected a calendar date YYYY-MM-DD' }),
    title: localizedTextSchema,
    /** What the catalog is and where it comes from. */
    description: localizedTextSchema.optional(),
    providers: z.array(providerSchema),
    offerings: z.array(catalogOfferingSchema),
  })
  .superRefine((catalog, ctx) => {
    for (const { index, id } of duplicates(catalog.providers))
      ctx.addIssue({
        code: 'custom',
        path: ['providers', index, 'id'],
        message: `duplicate provider id "${id}"`,
      });
    for (const { index, id } of duplicates(catalog.offerings))
      ctx.addIssue({
        code: 'custom',
        path: ['offerings', index, 'id'],
        message: `duplicate offering id "${id}"`,
      });
    const providerIds = catalog.providers.map((p) => p.id);
    const known = new Set(providerIds);
    catalog.offerings.forEach((offering, index) => {
      if (known.has(offering.provider)) return;
      const suggestion = closestMatch(offering.provider, providerIds);
      ctx.addIssue({
        code: 'custom',
        path: ['offerings', index, 'provider'],
        message: `unknown provider "${offering.provider}"${suggestion ? `; did you mean "${suggestion}"?` : '; add it to "providers"'}`,
      });
    });
  });
export type Catalog = z.infer<typeof catalogSchema>;

/** The catalog's offerings with their providers embedded, as the engine matches them. */
export function resolveOfferings(catalog: Pick<Catalog, 'providers' | 'offerings'>): Offering[] {
  const providers = new Map(catalog.providers.map((p) => [p.id, p]));
  return catalog.offerings.flatMap((offering) => {
    const provider = providers.get(offering.provider);
    return provider ? [{ ...offering, provider }] : [];
  });
}
