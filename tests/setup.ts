import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A French browser, as the DSIN's staff mostly have (jsdom says en-US): the app opens in French
// on a first visit; tests/ui/i18n/language.test.tsx sets other languages itself.
if ('navigator' in globalThis && 'document' in globalThis)
  Object.defineProperty(navigator, 'languages', { value: ['fr-FR', 'fr'], configurable: true });

// findBy… and waitFor give up after 1 s by default: a lazy chunk (a flow, the English words,
// Mermaid) imported and rendered by jsdom on a busy 2-core CI can take longer. A wait on a
// condition returns as soon as it holds, so only a failing test waits the full 10 s.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  // Sessions are saved in localStorage, finished ones in sessionStorage: each test starts with
  // none (node-environment tests have neither).
  if ('localStorage' in globalThis) localStorage.clear();
  if ('sessionStorage' in globalThis) sessionStorage.clear();
});
