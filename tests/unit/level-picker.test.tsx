import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { LevelPicker, type LevelOption } from '../../src/components/LevelPicker';
import type { AnswerValue } from '../../src/domain/assessment/schema';
import { renderWithApp } from './support/render';

const labels = ['Ei olemassa', 'Satunnainen', 'Toistuva', 'Määritelty', 'Johdettu', 'Strateginen'];
const levels: LevelOption[] = labels.map((label, level) => ({
  level: level as LevelOption['level'],
  label,
  descriptor: `Kuvaus tasolle ${level}: näin asia on.`,
}));

function Picker({
  initial = null,
  onChange,
}: {
  initial?: AnswerValue | null;
  onChange?: (v: AnswerValue) => void;
}) {
  const [value, setValue] = useState<AnswerValue | null>(initial);
  return (
    <>
      <h3 id="question">Onko kunnalla avoimen lähdekoodin linjaus?</h3>
      <LevelPicker
        name="current-item"
        legend="Nykyinen taso"
        labelledBy="question"
        levels={levels}
        notApplicable={{ label: 'Ei koske kuntaa', description: 'Ei lasketa tuloksiin.' }}
        unknown={{ label: 'En osaa sanoa', description: 'Näkyy avoimena kohtana.' }}
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange?.(next);
        }}
      />
    </>
  );
}

describe('LevelPicker', () => {
  it('is a radio group named by the question and the legend, with eight native radios', () => {
    renderWithApp(<Picker />);
    const group = screen.getByRole('radiogroup', {
      name: 'Onko kunnalla avoimen lähdekoodin linjaus? Nykyinen taso',
    });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(8);
    expect(radios.every((radio) => radio instanceof HTMLInputElement && radio.type === 'radio')).toBe(true);
    expect(radios.every((radio) => radio.getAttribute('name') === 'current-item')).toBe(true);
  });

  it('shows each level number, scale label and the item descriptor, visibly and as the description', () => {
    renderWithApp(<Picker />);
    for (const [level, label] of labels.entries()) {
      const radio = screen.getByRole('radio', { name: `${level} ${label}` });
      expect(radio).toHaveAccessibleDescription(`Kuvaus tasolle ${level}: näin asia on.`);
      expect(screen.getByText(`Kuvaus tasolle ${level}: näin asia on.`)).toBeVisible();
    }
    expect(screen.getByRole('radio', { name: 'Ei koske kuntaa' })).toHaveAccessibleDescription(
      'Ei lasketa tuloksiin.',
    );
    expect(screen.getByRole('radio', { name: 'En osaa sanoa' })).toHaveAccessibleDescription(
      'Näkyy avoimena kohtana.',
    );
  });

  it('reports the chosen level as a number and the other options as their values', async () => {
    const user = userEvent.setup();
    const changes: AnswerValue[] = [];
    renderWithApp(<Picker onChange={(v) => changes.push(v)} />);
    await user.click(screen.getByRole('radio', { name: '3 Määritelty' }));
    // clicking the descriptor text chooses the option too: the whole card is the label
    await user.click(screen.getByText('Kuvaus tasolle 0: näin asia on.'));
    await user.click(screen.getByRole('radio', { name: 'Ei koske kuntaa' }));
    await user.click(screen.getByRole('radio', { name: 'En osaa sanoa' }));
    expect(changes).toEqual([3, 0, 'not-applicable', 'unknown']);
    expect(screen.getByRole('radio', { name: 'En osaa sanoa' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '3 Määritelty' })).not.toBeChecked();
  });

  it('shows the recorded value as checked, and nothing when there is none', () => {
    const { unmount } = renderWithApp(<Picker initial={4} />);
    expect(screen.getByRole('radio', { name: '4 Johdettu' })).toBeChecked();
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(1);
    unmount();
    renderWithApp(<Picker initial={null} />);
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(0);
  });

  it('moves between options with the arrow keys, as a native radio group does', async () => {
    const user = userEvent.setup();
    renderWithApp(<Picker initial={2} />);
    await user.tab();
    expect(screen.getByRole('radio', { name: '2 Toistuva' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: '3 Määritelty' })).toBeChecked();
  });
});
