import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { AnswerView } from '../../src/features/answer/AnswerPage';
import type * as store from '../../src/state/store';
import { useLibrary } from '../../src/state/store';
import { assessment, item, questionnaire } from '../support/fixtures';
import { renderWithApp } from './support/render';

// Each item card reads its answer through useAnswer exactly once per render, so counting the
// calls per item counts the renders of each card.
const renders = new Map<string, number>();
vi.mock('../../src/state/store', async (importOriginal) => {
  const original = await importOriginal<typeof store>();
  return {
    ...original,
    useAnswer: (assessmentId: string, itemId: string) => {
      renders.set(itemId, (renders.get(itemId) ?? 0) + 1);
      return original.useAnswer(assessmentId, itemId);
    },
  };
});

const ids = Array.from({ length: 30 }, (_, i) => `open-source.general.item-${String(i).padStart(2, '0')}`);
const q = questionnaire(ids.map((id) => item({ id, phases: ['strategy'] })));

// 30 full cards make a large jsdom tree, and role queries over it are slow on a busy machine
describe('answer screen rendering', { timeout: 30_000 }, () => {
  it('re-renders only the card whose answer changed', async () => {
    const user = userEvent.setup();
    useLibrary.setState({ assessments: { a: assessment(q, {}, { id: 'a', phases: ['strategy'] }) } });
    renderWithApp(<AnswerView assessmentId="a" questionnaire={q} section="strategy.general" />);
    expect(screen.getAllByRole('article')).toHaveLength(30);
    expect(ids.every((id) => (renders.get(id) ?? 0) >= 1)).toBe(true);

    renders.clear();
    const first = screen.getAllByRole('article')[0]!;
    // a change that moves the section's progress (the stepper and the heading re-render)…
    await user.click(within(first).getByRole('radio', { name: '3 level 3 (fi)' }));
    // …and one that does not
    await user.type(within(first).getByRole('textbox', { name: 'Muistiinpanot' }), 'ok');
    expect(screen.getByText('1/30 vastattu', { selector: '.answer-section-progress' })).toBeInTheDocument();
    expect(renders.get(ids[0]!)).toBeGreaterThanOrEqual(3);
    expect([...renders.keys()]).toEqual([ids[0]]);

    // the target, the confidence and an evidence link of one card re-render that card only
    renders.clear();
    await user.selectOptions(within(first).getByRole('combobox', { name: 'Tavoitetaso' }), '4');
    await user.click(within(first).getByRole('radio', { name: 'Korkea' }));
    await user.type(
      within(first).getByRole('textbox', { name: 'Uuden linkin osoite' }),
      'https://www.kunta.fi/linjaus{Enter}',
    );
    expect(within(first).getByRole('link', { name: 'https://www.kunta.fi/linjaus' })).toBeInTheDocument();
    expect([...renders.keys()]).toEqual([ids[0]]);

    // a change made elsewhere (another tab, an import) reaches the card it concerns only
    renders.clear();
    act(() => useLibrary.getState().setAnswer('a', ids[29]!, { current: 5 }));
    expect([...renders.keys()]).toEqual([ids[29]]);
    expect(
      within(screen.getAllByRole('article')[29]!).getByRole('radio', { name: '5 level 5 (fi)' }),
    ).toBeChecked();
  });

  it('re-renders every card in the new language, as their texts are looked up for the whole section', async () => {
    useLibrary.setState({ assessments: { a: assessment(q, {}, { id: 'a', phases: ['strategy'] }) } });
    renderWithApp(<AnswerView assessmentId="a" questionnaire={q} section="strategy.general" />);
    renders.clear();
    // the app switches languages through i18next, which every useTranslation follows
    await act(async () => {
      await i18next.changeLanguage('sv');
    });
    expect(ids.every((id) => (renders.get(id) ?? 0) >= 1)).toBe(true);
    const last = screen.getAllByRole('article')[29]!;
    expect(within(last).getByRole('radio', { name: '3 level 3 (sv)' })).toBeInTheDocument();
    expect(within(last).getByRole('textbox', { name: 'Anteckningar' })).toBeInTheDocument();
    expect(within(last).getByRole('combobox', { name: 'Målnivå' })).toBeInTheDocument();
    await act(async () => {
      await i18next.changeLanguage('fi');
    });
  });
});
