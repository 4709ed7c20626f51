import type { LocalizedText } from '../text';

/** One of the brochure's ethics questions, raised on steps of items flagged `ethics`. */
export interface EthicsQuestion {
  id: 'training-data' | 'automated-decisions' | 'bias';
  text: LocalizedText;
}

/**
 * The brochure (COSS Avoin kunta) asks who owns the data when users' data improves machine
 * learning, and warns about automated, self-learning decisions on residents and their cognitive
 * biases. Worded as questions a steering group can answer before a procurement.
 */
export const ethicsQuestions: readonly EthicsQuestion[] = [
  {
    id: 'training-data',
    text: {
      fi: 'Kuka omistaa opetusdatan ja sillä opetetun mallin, erityisesti jos kuntalaisten tietoja ja toimintaa käytetään koneoppimisen tulosten parantamiseen? Onko omistus- ja käyttöoikeuksista sovittu sopimuksessa?',
      sv: 'Vem äger träningsdata och den modell som tränats med dem, särskilt om invånarnas uppgifter och aktiviteter används för att förbättra maskininlärningens resultat? Har ägande- och nyttjanderätten avtalats?',
      en: "Who owns the training data and the model trained on it, especially if residents' data and activity are used to improve machine-learning results? Are ownership and rights of use agreed in the contract?",
    },
  },
  {
    id: 'automated-decisions',
    text: {
      fi: 'Tekeekö järjestelmä kuntalaisia tai viranomaisia koskevia automaattisia päätöksiä? Kuka päätöksistä vastaa, miten ne perustellaan ja miten niihin voi hakea oikaisua?',
      sv: 'Fattar systemet automatiserade beslut som gäller invånare eller myndigheter? Vem ansvarar för besluten, hur motiveras de och hur kan man begära omprövning av dem?',
      en: 'Does the system make automated decisions about residents or authorities? Who is responsible for them, how are they justified, and how can a rectification be requested?',
    },
  },
  {
    id: 'bias',
    text: {
      fi: 'Miten algoritmien, erityisesti itseoppivien, mahdolliset vinoumat tunnistetaan, seurataan ja korjataan, jotta ne eivät johda eettisesti tai oikeudellisesti virheellisiin tilanteisiin?',
      sv: 'Hur upptäcks, följs upp och rättas eventuella snedvridningar i algoritmerna, särskilt självlärande algoritmer, så att de inte leder till etiskt eller juridiskt felaktiga situationer?',
      en: 'How are possible biases in the algorithms, self-learning ones in particular, detected, monitored and corrected so that they do not lead to ethically or legally wrong outcomes?',
    },
  },
];
