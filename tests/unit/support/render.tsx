import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../src/domain/language';
import { setupI18n } from '../../../src/i18n';

/** Renders with i18n in the given language (Finnish by default), as the app does. */
export function renderWithApp(
  ui: ReactElement,
  { language = 'fi' }: { language?: Language } = {},
): RenderResult {
  const i18n = setupI18n(language);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
