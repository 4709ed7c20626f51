import { describe, expect, it } from 'vitest';
import { exampleMunicipalityCode, municipalityName } from '../../src/domain/assessment/municipality';
import { buildReportModel } from '../../src/domain/report/model';
import { evaluate } from '../../src/domain/evaluate';
import { loadDemoAssessment } from '../../src/state/demo';
import { loadQuestionnaire } from '../../src/state/questionnaires';

const porvoo = { code: '638', name: { fi: 'Porvoo', sv: 'Borgå' } };

describe('municipalityName', () => {
  it('gives the Swedish name in Swedish and the official Finnish name otherwise', () => {
    expect(municipalityName(porvoo, 'fi')).toBe('Porvoo');
    expect(municipalityName(porvoo, 'sv')).toBe('Borgå');
    expect(municipalityName(porvoo, 'en')).toBe('Porvoo');
  });

  it('labels the fictional example an example in English too, and only the example', async () => {
    const demo = await loadDemoAssessment('2026-11-26T09:00:00.000Z');
    expect(demo.municipality.code).toBe(exampleMunicipalityCode);
    expect(municipalityName(demo.municipality, 'fi')).toBe('Esimerkkilä (esimerkki)');
    expect(municipalityName(demo.municipality, 'sv')).toBe('Exempelby (exempel)');
    expect(municipalityName(demo.municipality, 'en')).toBe('Esimerkkilä (example)');
    // a real code keeps its name as written, brackets and all
    expect(municipalityName({ ...demo.municipality, code: '638' }, 'en')).toBe('Esimerkkilä (esimerkki)');
    // and the English report names it so
    const questionnaire = await loadQuestionnaire('avoin-kunta');
    const model = buildReportModel(questionnaire, demo, evaluate(questionnaire, demo, []), 'en');
    expect(model.meta.municipality).toBe('Esimerkkilä (example)');
  });
});
