import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { AnswerView } from '../../src/features/answer/AnswerPage';
import { firstCards, nextCount } from '../../src/features/answer/reveal';
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

// jsdom does not scroll
beforeAll(() => {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
});

/** Waits until the section's cards, rendered in steps after the first ones, are all in the DOM. */
async function allCards(count: number) {
  await waitFor(() => expect(document.querySelectorAll('article.answer-item')).toHaveLength(count), {
    timeout: 10_000,
  });
}

const ids = Array.from({ length: 30 }, (_, i) => `open-source.general.item-${String(i).padStart(2, '0')}`);
const q = questionnaire(ids.map((id) => item({ id, phases: ['strategy'] })));

// 30 full cards make a large jsdom tree, and role queries over it are slow on a busy machine
describe('answer screen rendering', { timeout: 30_000 }, () => {
  it('re-renders only the card whose answer changed', async () => {
    const user = userEvent.setup();
    useLibrary.setState({ assessments: { a: assessment(q, {}, { id: 'a', phases: ['strategy'] }) } });
    renderWithApp(<AnswerView assessmentId="a" questionnaire={q} section="strategy.general" />);
    await allCards(30);
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
    await allCards(30);
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

describe('answer screen: a long section in parts', { timeout: 30_000 }, () => {
  const devIds = Array.from({ length: 8 }, (_, i) => `open-apis.general.dev-${i}`);
  const q2 = questionnaire([
    ...ids.map((id) => item({ id, phases: ['strategy'] })),
    ...devIds.map((id) => item({ id, phases: ['development'] })),
  ]);
  const articles = () => [...document.querySelectorAll<HTMLElement>('article.answer-item')];
  const focusedCard = () => document.activeElement?.closest('article')?.getAttribute('data-item-id');

  function seed(answered: readonly string[]) {
    const a = assessment(q2, Object.fromEntries(answered.map((id) => [id, 2])), {
      id: 'a',
      phases: ['strategy', 'development'],
    });
    useLibrary.setState({ assessments: { a } });
  }

  it('renders the first cards at once and the rest in following steps, with counts from the answers', async () => {
    seed(ids.slice(0, 20));
    renderWithApp(<AnswerView assessmentId="a" questionnaire={q2} section="strategy.general" />);
    // the first commit: heading, stepper and progress of the whole section, the first cards only
    expect(articles()).toHaveLength(firstCards);
    expect(screen.getByRole('heading', { level: 2, name: 'strategy (fi): Koko kunta' })).toBeInTheDocument();
    expect(screen.getByText('20/30 vastattu', { selector: '.answer-section-progress' })).toBeInTheDocument();
    expect(screen.getByRole('link', { current: 'step' })).toHaveAccessibleName('Koko kunta 20/30 vastattu');
    expect(screen.queryByRole('link', { name: /Seuraava osio/ })).toBeNull();
    // then every card, in order, and the buttons after them
    await allCards(30);
    expect(articles().map((a) => a.dataset.itemId)).toEqual(ids);
    expect(screen.getByRole('link', { name: /Seuraava osio/ })).toBeInTheDocument();
  });

  it('goes to a card not rendered yet with U and J at once', () => {
    seed(ids.slice(0, 20));
    renderWithApp(<AnswerView assessmentId="a" questionnaire={q2} section="strategy.general" />);
    expect(articles()).toHaveLength(firstCards);
    // U from the button: item 21 is rendered (with those before it) and focused in the same event
    fireEvent.click(screen.getByRole('button', { name: /Seuraava vastaamaton/ }));
    expect(articles()).toHaveLength(21);
    expect(focusedCard()).toBe(ids[20]);
    // J from there: item 22
    fireEvent.keyDown(document.activeElement!, { key: 'j' });
    expect(focusedCard()).toBe(ids[21]);
    expect(articles().length).toBeGreaterThanOrEqual(22);
  });

  it('opens another section at the card U goes to, even past its first screenful', async () => {
    seed([...ids, ...devIds.slice(0, 6)]);
    window.location.hash = '#/a/a/answer/strategy.general';
    function Routed() {
      const [section, setSection] = useState('strategy.general');
      useEffect(() => {
        const onChange = () => setSection(window.location.hash.split('/').at(-1) ?? '');
        window.addEventListener('hashchange', onChange);
        return () => window.removeEventListener('hashchange', onChange);
      }, []);
      return <AnswerView assessmentId="a" questionnaire={q2} section={section} />;
    }
    renderWithApp(<Routed />);
    fireEvent.click(screen.getByRole('button', { name: /Seuraava vastaamaton/ }));
    await screen.findByRole('heading', { level: 2, name: 'development (fi): Koko kunta' });
    // the seventh card of the new section has focus; the first screenful alone would not hold it
    await waitFor(() => expect(focusedCard()).toBe(devIds[6]));
    expect(articles().length).toBeGreaterThan(firstCards);
  });

  it('adds the rest in steps of a few cards, with no step of one card at the end', () => {
    expect(nextCount(firstCards, 30)).toBeGreaterThan(firstCards);
    expect(nextCount(firstCards, 30)).toBeLessThan(30);
    let shown = firstCards;
    const steps: number[] = [];
    while (shown < 29) {
      const next = nextCount(shown, 29);
      steps.push(next - shown);
      shown = next;
    }
    expect(shown).toBe(29);
    expect(Math.min(...steps)).toBeGreaterThan(1);
  });
});
