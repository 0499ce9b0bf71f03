import { screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { en } from '../../../src/ui/i18n/english/en';
import { languageKey } from '../../../src/ui/i18n/language';
import { loadEnglish } from '../../../src/ui/i18n/english/loadEnglish';
import { renderApp } from '../support/renderApp';

// As for a flow an author added without its English: the loader finds none.
vi.mock('../../../src/catalog/loadTranslation', () => ({
  loadTranslation: () => Promise.resolve(undefined),
}));

it('offers a flow without English in English mode, in French, marked French, under the one-line notice', async () => {
  await loadEnglish();
  localStorage.setItem(languageKey, 'en');
  renderApp('#/procedure/network-connection');
  const heading = await screen.findByRole('heading', { level: 1 });
  // The step reads in French, inside a block that says so to screen readers.
  expect(heading.textContent).toMatch(/^Comment votre ordinateur est-il relié au réseau\s?\?$/u);
  expect(heading.closest('[lang]')?.getAttribute('lang')).toBe('fr');
  await waitFor(() => {
    expect(screen.getByText(en.only.untranslated)).toBeTruthy();
  });
  // The page around it stays English.
  expect(document.documentElement.lang).toBe('en');
  expect(screen.getByText(en.only.untranslated).closest('[lang]')?.getAttribute('lang')).not.toBe(
    'fr',
  );
});
