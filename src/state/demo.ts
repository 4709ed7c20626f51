import { exampleMunicipalityCode } from '../domain/assessment/municipality';
import { defaultSettings, emptyAnswer } from '../domain/assessment/create';
import type {
  Answer,
  Assessment,
  Confidence,
  Impact,
  Participant,
  RoadmapEdits,
} from '../domain/assessment/schema';
import { resolveScope } from '../domain/assessment/scope';
import { compareStrings } from '../domain/collections';
import { evaluate } from '../domain/evaluate';
import type { Level, Item, Questionnaire } from '../domain/questionnaire/schema';
import { isOwnStep } from '../domain/roadmap/edits';
import { defaultQuestionnaireId, loadQuestionnaire } from './questionnaires';

/**
 * The demo: a complete, made-up assessment of the fictional municipality "Esimerkkilä", for trying
 * the app and for screenshots. Everything here is example data and says so: the municipality code
 * "000" is no real municipality's, and its name carries "(esimerkki)" / "(exempel)".
 *
 * The answers are not listed by item id (the questionnaire's ids still change); they follow from a
 * rule per openness dimension and a pseudo-random number seeded by each item's id, so the same
 * questionnaire always gives the same demo, and editing one item never reshuffles the others.
 *
 * Import this module dynamically (`await import('…/state/demo')`): it pulls in the whole engine.
 */

/** Id of the demo assessment: opening the demo again finds the same one. */
export const demoAssessmentId = 'demo-esimerkkila';

export const demoDate = '2026-11-26';

const participants: Participant[] = [
  { id: 'demo-maija', name: 'Maija Meikäläinen', role: 'Tietohallintojohtaja' },
  { id: 'demo-matti', name: 'Matti Meikäläinen', role: 'Hankintapäällikkö' },
  { id: 'demo-erkki', name: 'Erkki Esimerkki', role: 'Kaavoitusjohtaja' },
  { id: 'demo-tiina', name: 'Tiina Testaaja', role: 'Talousjohtaja' },
];

const facilitator = 'Fanni Fasilitaattori';

/** Current levels by dimension: strong in open data and innovation, weak in open source and architecture. */
const currentRange: Record<string, readonly [Level, Level]> = {
  'open-data': [2, 3],
  'open-innovation': [2, 3],
  'open-standards': [1, 3],
  'open-apis': [1, 2],
  'open-source': [0, 2],
  'open-architecture': [0, 2],
};
const fallbackRange: readonly [Level, Level] = [1, 2];

/** Short notes a group might write, generic enough to fit any item of the dimension. */
const notesByDimension: Record<string, readonly string[]> = {
  'open-source': [
    'Avoimen lähdekoodin ratkaisuja on käytössä yksittäisissä järjestelmissä, mutta kunnalla ei ole asiasta linjausta.',
    'Sopimuksissa ei ole varmistettu lähdekoodin saatavuutta eikä oikeutta jatkokehittää ratkaisua.',
    'Osaaminen on muutaman tietohallinnon asiantuntijan varassa; naapurikuntien kanssa on keskusteltu yhteiskehittämisestä.',
  ],
  'open-standards': [
    'Standardit mainitaan osassa tarjouspyyntöjä, mutta niiden noudattamista ei tarkisteta toimituksen yhteydessä.',
    'Käytännöt vaihtelevat toimialoittain; tietohallinto on koonnut ensimmäisen luettelon käytetyistä standardeista.',
    'Asiakirjat tallennetaan pääosin avoimissa muodoissa, mutta vanhoissa järjestelmissä on suljettuja tiedostomuotoja.',
  ],
  'open-apis': [
    'Rajapintoja on muutamassa järjestelmässä, mutta niitä ei ole kuvattu yhteen paikkaan eikä käyttöehtoja ole julkaistu.',
    'Integraatiot on tehty pääosin toimittajien omilla ratkaisuilla; Palveluväylän käyttöä on selvitetty.',
    'Rajapintojen hinnoittelu on toimittajakohtaista, mikä on hidastanut uusien palvelujen kytkemistä.',
  ],
  'open-architecture': [
    'Arkkitehtuurikuvauksia on tehty hankekohtaisesti; yhteistä, ylläpidettyä kuvausta ei ole.',
    'Järjestelmäkartta on olemassa, mutta se on päivitetty viimeksi kaksi vuotta sitten.',
    'Arkkitehtuurityölle ei ole nimettyä vastuuhenkilöä; asia on kirjattu seuraavan vuoden talousarvioon.',
  ],
  'open-data': [
    'Paikkatietoaineistot julkaistaan avoindata.fi-palvelussa CC BY 4.0 -lisenssillä; päivitys on osin käsityötä.',
    'Avoimen datan julkaisusuunnitelma hyväksyttiin viime vuonna, ja sen toteutumista seurataan puolivuosittain.',
    'Datan käyttäjiltä kerätään palautetta kerran vuodessa; yritykset ovat toivoneet tiheämpää päivitystä.',
  ],
  'open-innovation': [
    'Asukastyöpajoja ja kokeiluja järjestetään säännöllisesti; tulokset kirjataan, mutta vaikutusta ei seurata.',
    'Palvelumuotoilua käytetään isoissa hankkeissa, ja henkilöstölle on järjestetty koulutusta.',
    'Kehittämisideoita kerätään osallistumisalustalla; käsittelyaika on ollut pitkä.',
  ],
};
const fallbackNotes = ['Tilanne vaihtelee palvelualueittain; tarkennetaan seuraavassa arvioinnissa.'];

const notApplicableNotes = [
  'Tehtävä on annettu kuntayhtiön hoidettavaksi, joten kysymystä ei arvioida tässä.',
  'Kunta hankkii palvelun seudulliselta yhteistoimintaorganisaatiolta; arvioidaan sen kanssa erikseen.',
];
const unknownNotes = [
  'Tietoa ei ollut työpajassa saatavilla; selvitetään vastuuhenkilöltä ennen seuraavaa tapaamista.',
  'Sopimusehtoja ei tunnettu; hankinnat tarkistaa ne sopimushallintajärjestelmästä.',
  'Näkemykset erosivat paljon, eikä kenelläkään ollut varmaa tietoa; palataan asiaan.',
];
const rationale = 'Arviot vaihtelivat; ryhmä sopi tasosta keskustelun ja esimerkkien perusteella.';

/** Evidence on a few items; the reserved .example domain makes clear no real site is meant. */
const evidenceByDimension: Record<string, string> = {
  'open-data': 'https://www.esimerkkila.example/avoin-data',
  'open-apis': 'https://www.esimerkkila.example/rajapinnat',
  'open-innovation': 'https://www.esimerkkila.example/osallistu',
};

const notApplicableCount = 4;
const unknownCount = 5;
const notesWanted = 15;
/** Not-applicable and don't-know answers that carry a note (the rest are self-explanatory). */
const notedExceptions = 5;
const votedCount = 8;

/** FNV-1a: a stable 32-bit hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator of numbers in [0, 1), the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length) % values.length] as T;
}

function clampLevel(value: number): Level {
  return Math.max(0, Math.min(5, Math.round(value))) as Level;
}

/** Items ordered by a hash of their id and a salt: a fixed but unremarkable order. */
function shuffled(items: readonly Item[], salt: string): Item[] {
  return [...items].sort(
    (a, b) => hash(`${salt}:${a.id}`) - hash(`${salt}:${b.id}`) || compareStrings(a.id, b.id),
  );
}

function levelAnswer(item: Item, random: () => number): Answer {
  const [low, high] = currentRange[item.dimension] ?? fallbackRange;
  let current = clampLevel(low + Math.floor(random() * (high - low + 1)));
  // now and then an item stands out from its dimension
  const outlier = random();
  if (outlier < 0.08) current = clampLevel(current + 1);
  else if (outlier < 0.14) current = clampLevel(current - 1);
  const ambition = random();
  let target: Level | null =
    current === 5 || ambition < 0.12 ? null : clampLevel(current + (ambition < 0.62 ? 1 : 2));
  // a statutory deadline is planned for: the target is at least the level the law asks
  const required = Math.max(0, ...(item.deadlines ?? []).map((d) => d.level));
  if (required > current && (target === null || target < required)) target = clampLevel(required);
  const c = random();
  const confidence: Confidence = c < 0.35 ? 'high' : c < 0.8 ? 'medium' : 'low';
  const i = random();
  const impact: Impact | null = target === null || i < 0.6 ? null : item.weight === 3 ? 3 : i < 0.8 ? 2 : 1;
  return { ...emptyAnswer(), current, target, confidence, impact };
}

/** The answers to every item of the full profile, by the rules above. */
function demoAnswers(questionnaire: Questionnaire): Record<string, Answer> {
  const scope = resolveScope(questionnaire, {
    areas: questionnaire.areas.map((a) => a.id),
    phases: questionnaire.phases.map((p) => p.id),
    profile: 'full',
  });
  const items = scope.items.map((s) => s.item);
  const answers: Record<string, Answer> = {};

  // Not applicable: a few area-specific items (tasks a municipal company runs).
  const notApplicable = new Set(
    shuffled(
      items.filter(
        (item) => item.areas !== 'all' && item.areas.length === 1 && (item.deadlines ?? []).length === 0,
      ),
      'not-applicable',
    )
      .slice(0, notApplicableCount)
      .map((item) => item.id),
  );
  const unknown = new Set(
    shuffled(
      // items with a statutory deadline are ones the group knows about
      items.filter((item) => !notApplicable.has(item.id) && (item.deadlines ?? []).length === 0),
      'unknown',
    )
      .slice(0, unknownCount)
      .map((item) => item.id),
  );

  const exceptionNotes = [...notApplicable, ...unknown]
    .filter((_, i) => i % 2 === 0)
    .slice(0, notedExceptions);
  for (const item of items) {
    const random = seeded(hash(`esimerkkila:${item.id}`));
    const note = exceptionNotes.indexOf(item.id);
    if (notApplicable.has(item.id)) {
      answers[item.id] = {
        ...emptyAnswer(),
        current: 'not-applicable',
        confidence: 'high',
        notes: note >= 0 ? pick(random, notApplicableNotes) : '',
      };
    } else if (unknown.has(item.id)) {
      answers[item.id] = {
        ...emptyAnswer(),
        current: 'unknown',
        target: 2,
        confidence: 'low',
        notes: note >= 0 ? (unknownNotes[note % unknownNotes.length] as string) : '',
      };
    } else {
      answers[item.id] = levelAnswer(item, random);
    }
  }

  // Notes: one per dimension first, then more until about fifteen items carry one.
  const levelled = shuffled(
    items.filter((item) => typeof answers[item.id]?.current === 'number'),
    'notes',
  );
  const room = Math.max(0, notesWanted - exceptionNotes.length);
  const noted: Item[] = [];
  for (const dimension of questionnaire.dimensions) {
    const first = levelled.find((item) => item.dimension === dimension.id);
    if (first) noted.push(first);
  }
  for (const item of levelled) if (!noted.includes(item)) noted.push(item);
  const usedPerDimension = new Map<string, number>();
  for (const item of noted.slice(0, room)) {
    // the k-th noted item of a dimension gets its k-th note, so notes do not repeat
    const k = usedPerDimension.get(item.dimension) ?? 0;
    usedPerDimension.set(item.dimension, k + 1);
    const templates = notesByDimension[item.dimension] ?? fallbackNotes;
    const answer = answers[item.id] as Answer;
    const evidence = k === 0 ? evidenceByDimension[item.dimension] : undefined;
    answers[item.id] = {
      ...answer,
      notes: templates[k % templates.length] as string,
      evidence: evidence ? [evidence] : [],
    };
  }

  // Workshop votes: everyone scored a few items blind before the group agreed.
  for (const item of levelled.slice(0, votedCount)) {
    const answer = answers[item.id] as Answer;
    const current = answer.current as Level;
    const random = seeded(hash(`votes:${item.id}`));
    const votes: Answer['votes'] = {};
    for (const p of participants) votes[p.id] = clampLevel(current + pick(random, [-1, 0, 0, 1]));
    answers[item.id] = { ...answer, votes, rationale };
  }

  // Dot votes: each participant spends three dots on items with the biggest gaps.
  const gaps = shuffled(
    items.filter((item) => {
      const a = answers[item.id] as Answer;
      return typeof a.current === 'number' && a.target !== null && a.target - a.current >= 2;
    }),
    'dots',
  ).slice(0, 6);
  participants.forEach((p, index) => {
    for (let k = 0; k < 3 && gaps.length > 0; k++) {
      const item = gaps[(index + k * 2) % gaps.length] as Item;
      const answer = answers[item.id] as Answer;
      answers[item.id] = { ...answer, dots: { ...answer.dots, [p.id]: (answer.dots[p.id] ?? 0) + 1 } };
    }
  });

  return answers;
}

/**
 * The group's edits to the computed roadmap: an owner and a note on the first step of Now, one
 * dropped step (a later one nothing depends on), and a step of their own.
 */
function demoRoadmapEdits(questionnaire: Questionnaire, draft: Assessment): RoadmapEdits {
  const { roadmap } = evaluate(questionnaire, draft, []);
  const edits: RoadmapEdits = { moves: {}, dropped: [], owners: {}, notes: {}, ownSteps: [] };
  const [now, , later] = roadmap.horizons;

  const first = now?.steps.find((s) => !isOwnStep(s));
  if (first) {
    edits.owners[first.id] = 'Maija Meikäläinen';
    edits.notes[first.id] = 'Käynnistetään tammikuussa; rahoitus tarkistetaan kevään lisätalousarviossa.';
  }

  // the group drops one later step that nothing depends on and no law requires
  const all = roadmap.horizons.flatMap((h) => h.steps);
  const dependedOn = new Set(all.flatMap((s) => (isOwnStep(s) ? [] : s.prerequisites)));
  const droppable = (later?.steps ?? []).filter(
    (s) => !isOwnStep(s) && !dependedOn.has(s.id) && s.deadlines.length === 0,
  );
  const dropped = droppable[droppable.length - 1];
  if (dropped && (later?.steps.length ?? 0) > 1) edits.dropped.push(dropped.id);

  // and adds a step of its own: the re-assessment, where there is room for it
  const room = roadmap.horizons.find((h) => {
    const count = h.steps.filter((s) => !edits.dropped.includes(s.id)).length;
    return h.id !== 'now' && count < h.capacity;
  });
  edits.ownSteps.push({
    id: 'own-1',
    title: 'Toistetaan avoimuuden arviointi ja verrataan tuloksia tähän arviointiin',
    horizon: room?.id ?? 'later',
    areas: [],
    owner: 'Maija Meikäläinen',
    note: 'Ryhmän itse lisäämä vaihe (esimerkki).',
  });
  return edits;
}

/** A complete example assessment of the fictional "Esimerkkilä", made now (`now`: ISO date-time). */
export async function loadDemoAssessment(now: string): Promise<Assessment> {
  const questionnaire = await loadQuestionnaire(defaultQuestionnaireId);
  const draft: Assessment = {
    id: demoAssessmentId,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    municipality: {
      code: exampleMunicipalityCode,
      name: { fi: 'Esimerkkilä (esimerkki)', sv: 'Exempelby (exempel)' },
      population: 24_000,
    },
    date: demoDate,
    facilitator,
    participants: participants.map((p) => ({ ...p })),
    scope: {
      areas: questionnaire.areas.map((a) => a.id),
      phases: questionnaire.phases.map((p) => p.id),
      profile: 'full',
    },
    answers: demoAnswers(questionnaire),
    roadmap: { moves: {}, dropped: [], owners: {}, notes: {}, ownSteps: [] },
    settings: { capacity: { ...defaultSettings.capacity } },
    createdAt: now,
    updatedAt: now,
  };
  return { ...draft, roadmap: demoRoadmapEdits(questionnaire, draft) };
}
