// An assessment that pushes the report's layout: a very long municipality name, 30 participants,
// a questionnaire of 120 items (the real one plus copies), 2,000-character notes, many evidence
// links and a 30-step programme. Deterministic: same input, same assessment.
import { createEmptyAssessment, emptyAnswer } from '../../src/domain/assessment/create';
import type { Answer, Assessment } from '../../src/domain/assessment/schema';
import type { Level, Questionnaire } from '../../src/domain/questionnaire/schema';
import { random } from './synthetic';

export interface StressCase {
  questionnaire: Questionnaire;
  assessment: Assessment;
  /** The end of the longest note, to find in the PDF text. */
  lastWordsOfLongNote: string;
}

const sentence =
  'Työpajassa todettiin, että käytännöt vaihtelevat palvelualueittain ja että päätökset tehdään usein toimittajan ehdoilla; ' +
  'Åland-yhteistyö, €-määräiset kustannukset ja ”avoimuus” – kaikki kirjattiin. ';

/** A text of exactly `length` characters ending in `ending`. */
function longText(length: number, ending: string): string {
  const body = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - ending.length - 1);
  return `${body} ${ending}`;
}

export function stressAssessment(base: Questionnaire, itemCount = 120, steps = 30): StressCase {
  const copies = base.items.slice(0, Math.max(0, itemCount - base.items.length)).map((item, index) => ({
    ...item,
    id: `${item.id}-copy-${index + 1}`,
    prerequisites: [],
    deadlines: undefined,
  }));
  const questionnaire: Questionnaire = { ...base, items: [...base.items, ...copies] };
  const rnd = random(7);
  const lastWordsOfLongNote = 'Loppu: kirjattu ja tarkistettu.';
  const answers: Record<string, Answer> = {};
  questionnaire.items.forEach((item, index) => {
    const current = (1 + Math.floor(rnd() * 3)) as Level;
    answers[item.id] = {
      ...emptyAnswer(),
      current,
      // the first `steps` items get a one-level gap: one step each
      target: index < steps ? ((current + 1) as Level) : null,
      confidence: index % 7 === 0 ? 'low' : 'high',
      notes: index % 15 === 0 ? longText(2_000, index === 0 ? lastWordsOfLongNote : 'Loppu.') : '',
      evidence:
        index % 20 === 0
          ? Array.from(
              { length: 5 },
              (_, n) =>
                `https://www.esimerkki-kunta.example/dokumentit/2026/avoimuus/liite-${index}-${n}-hyvin-pitka-osoite-joka-ei-mahdu-yhdelle-riville.pdf`,
            )
          : [],
    };
  });
  const base0 = createEmptyAssessment({
    id: 'stress',
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    municipality: {
      code: '999',
      name: {
        fi: 'Pohjois-Pohjanmaan ja Keski-Suomen kuntien yhteinen tietohallinnon ja digitalisaation palvelukeskus (kokeilu)',
        sv: 'Norra Österbottens och Mellersta Finlands kommuners gemensamma servicecenter för informationsförvaltning (försök)',
      },
    },
    date: '2026-11-26',
    scope: {
      areas: questionnaire.areas.map((a) => a.id),
      phases: questionnaire.phases.map((p) => p.id),
      profile: 'full',
    },
    now: '2026-11-26T09:00:00.000Z',
    facilitator: 'Åsa Öhman-Väänänen',
    participants: Array.from({ length: 30 }, (_, i) => ({
      id: `p${i + 1}`,
      name: i === 0 ? 'Åsa Öhman-Väänänen' : `Osallistuja ${i + 1} Mäkelä-Sjöström`,
      role:
        i % 3 === 0
          ? 'Tietohallintojohtaja, joka vastaa myös hankintojen koordinoinnista ja tietosuojasta'
          : 'Asiantuntija',
    })),
    settings: { capacity: { now: 10, next: 10, later: 10 } },
  });
  const assessment: Assessment = {
    ...base0,
    answers,
    roadmap: {
      ...base0.roadmap,
      ownSteps: [
        {
          id: 'own-1',
          title: longText(480, 'oma askel.'),
          horizon: 'later',
          areas: [],
          owner: 'Åsa Öhman-Väänänen',
          note: longText(1_200, 'muistiinpano.'),
        },
      ],
    },
  };
  return { questionnaire, assessment, lastWordsOfLongNote };
}
