import { screen, within } from '@testing-library/react';
import { Stepper, type StepperGroup } from '../../src/components/Stepper';
import { renderWithApp } from './support/render';

const groups: StepperGroup[] = [
  {
    id: 'strategy',
    label: 'Strategia',
    steps: [
      {
        id: 'strategy.general',
        label: 'Koko kunta',
        href: '#/a/x/answer/strategy.general',
        done: 5,
        total: 5,
      },
      {
        id: 'strategy.finance',
        label: 'Taloushallinto',
        href: '#/a/x/answer/strategy.finance',
        done: 1,
        total: 3,
      },
    ],
  },
  {
    id: 'development',
    label: 'Kehitysprojektit',
    steps: [
      {
        id: 'development.general',
        label: 'Koko kunta',
        href: '#/a/x/answer/development.general',
        done: 0,
        total: 4,
      },
    ],
  },
];

function renderStepper(currentId = 'strategy.finance') {
  return renderWithApp(
    <Stepper
      label="Arvioinnin osiot"
      groups={groups}
      currentId={currentId}
      progressText={(step) => `${step.done}/${step.total} vastattu`}
      doneText="valmis"
    />,
  );
}

describe('Stepper', () => {
  it('is a navigation landmark with a heading and an ordered list of links per group', () => {
    renderStepper();
    const nav = screen.getByRole('navigation', { name: 'Arvioinnin osiot' });
    expect(
      within(nav)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Strategia', 'Kehitysprojektit']);
    const lists = within(nav).getAllByRole('list');
    expect(lists.map((list) => list.tagName)).toEqual(['OL', 'OL']);
    expect(lists[0]).toHaveAccessibleName('Strategia');
    // numbering runs on across groups
    expect(lists[1]).toHaveAttribute('start', '3');
    expect(within(lists[1]!).getByRole('link')).toHaveTextContent('3');
  });

  it('marks only the current step with aria-current="step"', () => {
    renderStepper();
    const current = screen.getByRole('link', { current: 'step' });
    expect(current).toHaveAttribute('href', '#/a/x/answer/strategy.finance');
    expect(screen.getAllByRole('link').filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('names each link with its progress, and finished steps as done', () => {
    renderStepper();
    expect(screen.getByRole('link', { name: 'Koko kunta 5/5 vastattu, valmis' })).toHaveAttribute(
      'href',
      '#/a/x/answer/strategy.general',
    );
    expect(screen.getByRole('link', { name: 'Taloushallinto 1/3 vastattu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Koko kunta 0/4 vastattu' })).toBeInTheDocument();
    // visible progress and a check mark instead of the number for the finished step
    const done = screen.getByRole('link', { name: /5\/5/ });
    expect(done).toHaveTextContent('✓');
    expect(done).toHaveTextContent('5/5');
  });

  it('follows a new current step', () => {
    const { rerender } = renderStepper('strategy.general');
    expect(screen.getByRole('link', { current: 'step' })).toHaveAttribute(
      'href',
      '#/a/x/answer/strategy.general',
    );
    rerender(
      <Stepper
        label="Arvioinnin osiot"
        groups={groups}
        currentId="development.general"
        progressText={(step) => `${step.done}/${step.total} vastattu`}
        doneText="valmis"
      />,
    );
    expect(screen.getByRole('link', { current: 'step' })).toHaveAttribute(
      'href',
      '#/a/x/answer/development.general',
    );
  });
});
