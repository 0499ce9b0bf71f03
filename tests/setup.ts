import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Sessions are saved in localStorage, finished ones in sessionStorage: each test starts with
  // none (node-environment tests have neither).
  if ('localStorage' in globalThis) localStorage.clear();
  if ('sessionStorage' in globalThis) sessionStorage.clear();
});
