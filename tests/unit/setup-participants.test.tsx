import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SetupPage } from '../../src/features/setup/SetupPage';
import { useLibrary } from '../../src/state/store';
import { renderWithApp } from './support/render';

beforeEach(() => {
  useLibrary.setState({ assessments: {} });
  window.location.hash = '#/new';
});

async function renderForm(language: 'fi' | 'sv' | 'en' = 'fi') {
  const user = userEvent.setup();
  renderWithApp(<SetupPage />, { language });
  const section = await screen.findByRole(
    'region',
    { name: { fi: 'Osallistujat', sv: 'Deltagare', en: 'Participants' }[language] },
    { timeout: 5000 },
  );
  return { user, section };
}

/** Participants in the order shown, as "name / role". */
function rows(section: HTMLElement): string[] {
  return within(section)
    .queryAllByRole('listitem')
    .map((item) => {
      const name = within(item).getByRole('textbox', { name: 'Nimi' }) as HTMLInputElement;
      const role = within(item).getByRole('combobox', { name: /Rooli/ }) as HTMLInputElement;
      return `${name.value} / ${role.value}`;
    });
}

async function addParticipant(user: ReturnType<typeof userEvent.setup>, name: string, role: string) {
  await user.click(screen.getByRole('button', { name: /Lisää osallistuja/ }));
  // focus goes to the new row's name field
  await user.keyboard(name);
  await user.tab();
  await user.keyboard(role);
}

// the form is big and jsdom slow: typing a few names takes seconds
describe('setup form: participants', { timeout: 20_000 }, () => {
  it('starts empty, and adds participants with focus on the new name field', async () => {
    const { user, section } = await renderForm();
    expect(within(section).getByText('Osallistujia ei ole vielä lisätty.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Lisää osallistuja/ }));
    const first = within(section).getByRole('group', { name: 'Osallistuja 1' });
    expect(within(first).getByRole('textbox', { name: 'Nimi' })).toHaveFocus();
    await user.keyboard('Maija');
    await user.tab();
    await user.keyboard('Tietohallinto');
    await addParticipant(user, 'Matti', 'Hankinnat');
    expect(rows(section)).toEqual(['Maija / Tietohallinto', 'Matti / Hankinnat']);
    expect(within(section).getByRole('group', { name: 'Osallistuja 2' })).toBeInTheDocument();
  });

  it('suggests common roles in the current language', async () => {
    const { user, section } = await renderForm('sv');
    await user.click(screen.getByRole('button', { name: /Lägg till deltagare/ }));
    const role = within(section).getByRole('combobox', { name: /Roll/ });
    const list = document.getElementById(role.getAttribute('list') ?? '');
    const suggestions = [...(list?.querySelectorAll('option') ?? [])].map((o) => o.value);
    expect(suggestions).toEqual(
      expect.arrayContaining(['Ledning', 'Informationsförvaltning', 'Upphandling', 'Ekonomi']),
    );
  });

  it('reorders with buttons named after the participant, keeping focus on the moved row', async () => {
    const { user, section } = await renderForm();
    await addParticipant(user, 'Maija', 'Johto');
    await addParticipant(user, 'Matti', 'Hankinnat');
    await addParticipant(user, 'Erkki', 'Talous');

    const firstUp = within(section).getByRole('button', { name: 'Siirrä ylös: osallistuja 1, Maija' });
    expect(firstUp).toBeDisabled();
    await user.click(within(section).getByRole('button', { name: 'Siirrä ylös: osallistuja 3, Erkki' }));
    expect(rows(section)).toEqual(['Maija / Johto', 'Erkki / Talous', 'Matti / Hankinnat']);
    expect(within(section).getByRole('button', { name: 'Siirrä ylös: osallistuja 2, Erkki' })).toHaveFocus();
    expect(within(section).getByText('Erkki on nyt sijalla 2/3.')).toBeInTheDocument();

    // at the top the up button is disabled, so focus continues from the down button
    await user.keyboard('{Enter}');
    expect(rows(section)).toEqual(['Erkki / Talous', 'Maija / Johto', 'Matti / Hankinnat']);
    expect(within(section).getByRole('button', { name: 'Siirrä alas: osallistuja 1, Erkki' })).toHaveFocus();

    await user.click(within(section).getByRole('button', { name: 'Siirrä alas: osallistuja 2, Maija' }));
    expect(rows(section)).toEqual(['Erkki / Talous', 'Matti / Hankinnat', 'Maija / Johto']);
    expect(within(section).getByRole('button', { name: 'Siirrä ylös: osallistuja 3, Maija' })).toHaveFocus();
  });

  it('removes a participant, announces it and moves focus to the next row or the add button', async () => {
    const { user, section } = await renderForm();
    await addParticipant(user, 'Maija', 'Johto');
    await addParticipant(user, 'Matti', 'Hankinnat');
    await user.click(within(section).getByRole('button', { name: 'Poista: osallistuja 1, Maija' }));
    expect(rows(section)).toEqual(['Matti / Hankinnat']);
    expect(within(section).getByText('Maija poistettu.')).toBeInTheDocument();
    expect(within(section).getByRole('textbox', { name: 'Nimi' })).toHaveFocus();
    expect(within(section).getByRole('textbox', { name: 'Nimi' })).toHaveValue('Matti');

    await user.click(within(section).getByRole('button', { name: 'Poista: osallistuja 1, Matti' }));
    expect(rows(section)).toEqual([]);
    expect(screen.getByRole('button', { name: /Lisää osallistuja/ })).toHaveFocus();
  });

  it("keeps each participant's id through reordering and saves them in the shown order", async () => {
    const { user, section } = await renderForm();
    await user.type(screen.getByRole('combobox', { name: 'Kunta' }), '091{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Fasilitaattori' }), 'Fanni');
    await addParticipant(user, 'Maija', 'Johto');
    await addParticipant(user, 'Matti', 'Hankinnat');
    const mattiId = within(section).getAllByRole('textbox', { name: 'Nimi' })[1]?.id;
    await user.click(within(section).getByRole('button', { name: 'Siirrä ylös: osallistuja 2, Matti' }));
    await user.click(screen.getByRole('button', { name: 'Luo arviointi ja aloita' }));

    const [assessment] = Object.values(useLibrary.getState().assessments);
    expect(assessment?.participants.map((p) => p.name)).toEqual(['Matti', 'Maija']);
    expect(mattiId).toBe(`participant-${assessment?.participants[0]?.id}-name`);
    expect(new Set(assessment?.participants.map((p) => p.id)).size).toBe(2);
  });
});
