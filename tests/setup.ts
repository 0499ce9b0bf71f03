import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Sessions are saved in localStorage: each test starts with none (node-environment tests have none).
  if ('localStorage' in globalThis) localStorage.clear();
});
