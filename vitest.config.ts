import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { municipalityListPlugin } from './src/cli/municipality-list-plugin.ts';

export default defineConfig({
  plugins: [react(), municipalityListPlugin()],
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // component tests type and click like a person; on a loaded 2-core CI machine that can take
    // several seconds, and a time-out there says nothing about the code
    testTimeout: 20_000,
  },
});
