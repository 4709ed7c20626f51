import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolveScope } from '../../src/domain/assessment/scope';
import { formatDuration, roughMinutes } from '../../src/features/setup/ScopeFieldset';
import { estimateDuration } from '../../src/features/setup/setup-form';
import { SetupPage } from '../../src/features/setup/SetupPage';
import { loadQuestionnaire } from '../../src/state/questionnaires';
import { useLibrary } from '../../src/state/store';
import { renderWithApp } from './support/render';

beforeEach(() => {
  useLibrary.setState({ assessments: {} });
});

describe('duration estimate', { timeout: 20_000 }, () => {
  it('is minutes per item × the items in scope, counted by the domain', async () => {
    const questionnaire = await loadQuestionnaire('avoin-kunta');
    const all = {
      areas: questionnaire.areas.map((a) => a.id),
      phases: questionnaire.phases.map((p) => p.id),
    };
    for (const profile of questionnaire.profiles) {
      const scope = { ...all, profile: profile.id };
      const count = resolveScope(questionnaire, scope).items.length;
      expect(estimateDuration(questionnaire, scope)).toEqual({
        items: count,
        minutesPerItem: profile.minutesPerItem,
        minutes: Math.ceil(count * profile.minutesPerItem),
      });
    }
    expect(estimateDuration(questionnaire, { ...all, areas: [], profile: 'full' }).items).toBe(0);
  });

  it('formats hours and minutes in each language', () => {
    expect(formatDuration(258, 'fi')).toBe('4 tuntia 18 minuuttia');
    expect(formatDuration(25, 'sv')).toBe('25 minuter');
    expect(formatDuration(60, 'en')).toBe('1 hour');
    expect(formatDuration(61, 'en')).toBe('1 hour 1 minute');
  });

  it('rounds an estimate as people say it', () => {
    expect([0, 1, 5, 31, 60, 61, 67, 68, 309].map(roughMinutes)).toEqual([0, 5, 5, 35, 60, 60, 60, 75, 315]);
  });

  it('changes on screen with the profile and the scope', async () => {
    const questionnaire = await loadQuestionnaire('avoin-kunta');
    const user = userEvent.setup();
    renderWithApp(<SetupPage />);
    await screen.findByRole('radio', { name: 'Laaja arviointi' }, { timeout: 5000 });
    const estimate = () => screen.getByText(/^Arvioitu kesto/).closest('[role="status"]')?.textContent ?? '';
    const all = {
      areas: questionnaire.areas.map((a) => a.id),
      phases: questionnaire.phases.map((p) => p.id),
    };
    const expected = (profile: string, areas = all.areas) => {
      const e = estimateDuration(questionnaire, { ...all, areas, profile });
      return `noin ${formatDuration(roughMinutes(e.minutes), 'fi')}`;
    };

    // full is the default for a new assessment
    expect(screen.getByRole('radio', { name: 'Laaja arviointi' })).toBeChecked();
    const full = estimate();
    expect(full).toContain(expected('full'));
    const fullItems = estimateDuration(questionnaire, { ...all, profile: 'full' }).items;
    expect(full).toContain(`${fullItems} kysymystä, noin 3 min kysymystä kohden`);

    await user.click(screen.getByRole('radio', { name: 'Pikakartoitus' }));
    const quick = estimate();
    expect(quick).not.toBe(full);
    expect(quick).toContain(expected('quick'));
    expect(quick).toContain('noin 1,25 min kysymystä kohden');

    // leaving a service area out drops its own questions from the full set
    await user.click(screen.getByRole('radio', { name: 'Laaja arviointi' }));
    await user.click(screen.getByRole('checkbox', { name: 'Maankäyttö' }));
    const withoutLandUse = all.areas.filter((id) => id !== 'land-use');
    expect(estimate()).toContain(expected('full', withoutLandUse));
    expect(estimate()).not.toBe(full);
  });
});
