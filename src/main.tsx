import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { setupI18n } from './i18n';
import { startPersistence } from './state/persist';
import './app/styles.css';

const i18n = setupI18n();
// loads the saved library from IndexedDB and saves every change from now on (see state/persist.ts)
void startPersistence();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
