import '@testing-library/jest-dom/vitest';
import { registerMessages, setupI18n } from '../../src/i18n';
import { messages } from '../../src/i18n/messages';

// The app loads feature messages with the first feature screen; tests have them all from the start.
setupI18n('fi');
registerMessages(messages);
