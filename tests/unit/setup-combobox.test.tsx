import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Combobox } from '../../src/components/form/Combobox';
import { exactOption, filterOptions } from '../../src/components/form/combobox-filter';
import { Field } from '../../src/components/form/Field';
import type { Language } from '../../src/domain/language';
import { municipalityOptions, officialMunicipalities } from '../../src/features/setup/municipalities';
import { renderWithApp } from './support/render';

/** The municipality field as the setup form builds it, with the real list of 309. */
function MunicipalityField({
  language = 'fi',
  onChange,
}: {
  language?: Language;
  onChange?: (v: string | null) => void;
}) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <Field id="municipality" label="Kunta" hint="Nimi tai kuntanumero">
        {(control, labelId) => (
          <Combobox
            id={control.id}
            labelId={labelId}
            aria-describedby={control['aria-describedby']}
            options={municipalityOptions(officialMunicipalities, language)}
            value={value}
            onChange={(next) => {
              setValue(next);
              onChange?.(next);
            }}
            toggleLabel="Näytä kaikki kunnat"
            noResultsText="Kuntaa ei löytynyt."
            resultsText={(count) => `${count} kuntaa löytyi.`}
          />
        )}
      </Field>
      <output data-testid="value">{value ?? ''}</output>
      <button type="button">next field</button>
    </>
  );
}

function setup(language: Language = 'fi') {
  const user = userEvent.setup();
  renderWithApp(<MunicipalityField language={language} />, { language });
  const input = screen.getByRole('combobox', { name: 'Kunta' });
  return { user, input, value: () => screen.getByTestId('value').textContent };
}

describe('municipality list', () => {
  it('has all 309 municipalities with Finnish and Swedish names and codes', () => {
    expect(officialMunicipalities).toHaveLength(309);
    expect(officialMunicipalities.find((m) => m.code === '091')).toMatchObject({
      fi: 'Helsinki',
      sv: 'Helsingfors',
    });
  });
});

describe('combobox filter', () => {
  const options = municipalityOptions(officialMunicipalities, 'fi');

  it('finds Helsinki by its Swedish name and by its code', () => {
    expect(filterOptions(options, 'helsingfors')[0]?.label).toBe('Helsinki (Helsingfors)');
    expect(filterOptions(options, '091')[0]?.value).toBe('091');
    expect(filterOptions(options, 'HELSINGFORS').map((o) => o.value)).toEqual(['091']);
  });

  it('ignores accents and puts names that start with the query first', () => {
    expect(filterOptions(options, 'hameenlinna')[0]?.value).toBe('109');
    const jy = filterOptions(options, 'jy').map((o) => o.label);
    expect(jy[0]).toMatch(/^Jy/);
    expect(exactOption(options, 'esbo')?.value).toBe('049');
    expect(exactOption(options, 'es')).toBeUndefined();
  });
});

describe('combobox', () => {
  it('follows the ARIA combobox pattern: list, active option, Enter to choose', async () => {
    const { user, input, value } = setup();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(input).toHaveAccessibleDescription('Nimi tai kuntanumero');

    await user.type(input, 'helsingfors');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Kunta' });
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    const options = within(listbox).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('Helsinki (Helsingfors)');
    expect(screen.getByText('1 kuntaa löytyi.')).toBeInTheDocument();
    expect(input).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(value()).toBe('091');
    expect(input).toHaveValue('Helsinki (Helsingfors)');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('finds Helsinki by its code', async () => {
    const { user, input, value } = setup();
    await user.type(input, '091');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Helsinki (Helsingfors)');
    expect(options[0]).toHaveTextContent('091');
    await user.keyboard('{Enter}'); // a single match is chosen by Enter
    expect(value()).toBe('091');
  });

  it('shows the Swedish name first in Swedish', async () => {
    const { user, input } = setup('sv');
    await user.type(input, 'helsinki');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent(
      'Helsingfors (Helsinki)',
    );
  });

  it('moves through the options with the arrow keys and wraps around', async () => {
    const { user, input, value } = setup();
    await user.type(input, 'kan');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options[options.length - 1]?.id);
    await user.keyboard('{Enter}');
    expect(value()).toBe(options[options.length - 1]?.id.replace('municipality-option-', ''));
  });

  it('closes with Escape, and a second Escape clears the text', async () => {
    const { user, input, value } = setup();
    await user.type(input, 'esp');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(value()).toBe('049');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('Espoo (Esbo)');
    expect(value()).toBe('049');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(value()).toBe('');
  });

  it('chooses an exactly typed name on leaving the field, and leaves other text unchosen', async () => {
    const { user, input, value } = setup();
    await user.type(input, 'Esbo');
    await user.tab();
    expect(value()).toBe('049');
    expect(input).toHaveValue('Espoo (Esbo)');

    await user.clear(input);
    await user.type(input, 'Atlantis');
    expect(screen.getByText('Kuntaa ei löytynyt.', { selector: '[role="status"]' })).toBeInTheDocument();
    await user.tab();
    expect(value()).toBe('');
    expect(input).toHaveValue('Atlantis');
  });

  it('chooses with the mouse too', async () => {
    const { user, input, value } = setup();
    await user.click(screen.getByRole('button', { name: 'Näytä kaikki kunnat', hidden: true }));
    expect(input).toHaveFocus();
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options).toHaveLength(309);
    await user.click(screen.getByRole('option', { name: /^Inari/ }));
    expect(value()).toBe('148');
    expect(input).toHaveFocus();
  });
});
