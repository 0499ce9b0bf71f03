import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// A French browser, as the DSIN's staff mostly have (jsdom says en-US): the app opens in French
// on a first visit; tests/ui/i18n/language.test.tsx sets other languages itself.
if ('navigator' in globalThis && 'document' in globalThis)
  Object.defineProperty(navigator, 'languages', { value: ['fr-FR', 'fr'], configurable: true });

afterEach(() => {
  cleanup();
  // Sessions are saved in localStorage, finished ones in sessionStorage: each test starts with
  // none (node-environment tests have neither).
  if ('localStorage' in globalThis) localStorage.clear();
  if ('sessionStorage' in globalThis) sessionStorage.clear();
});
