import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../src/components/LanguageSwitcher';
import { renderWithApp } from './support/render';

function Probe() {
  const { t } = useTranslation();
  return <p>{t('start.whatTitle')}</p>;
}

describe('LanguageSwitcher', () => {
  beforeEach(() => localStorage.clear());

  it('names each language in itself and marks the current one', () => {
    renderWithApp(<LanguageSwitcher />);
    const nav = screen.getByRole('navigation', { name: 'Kieli' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suomi' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Svenska' })).toHaveAttribute('lang', 'sv');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('switches the texts, <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <>
        <LanguageSwitcher />
        <Probe />
      </>,
    );
    expect(screen.getByText('Mitä sovelluksella tehdään')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(await screen.findByText('Vad appen gör')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem('avoin-kunta:language')).toBe('sv');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('What the app does')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
