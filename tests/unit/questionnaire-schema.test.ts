import { questionnaireSchema } from '../../src/domain/questionnaire/schema';

describe('questionnaire schema', () => {
  it('rejects an empty object and names missing fields', () => {
    const result = questionnaireSchema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('items');
  });
});
