import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog/catalog';
import { typeset } from '../../../src/engine';
import { flowById } from '../../support/allFlows';
import { renderApp } from '../support/renderApp';

/** Each body row of the table, as the cells' text. */
function tableRows(): string[][] {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('the author page', () => {
  it('lists every flow with its file, the version of the loaded flow and its check', async () => {
    renderApp('#/auteur');
    await screen.findByRole('heading', { level: 1, name: 'Espace auteur\u202f: les procédures' });
    // The version is read from each flow once it has loaded: until then the cell waits with « … ».
    await waitFor(() => {
      // In the home page's order: by category, then by title.
      expect(tableRows().map((cells) => cells.slice(0, 3))).toEqual(
        catalog.map((entry) => {
          const flow = flowById(entry.id);
          // The catalogue's title, typeset at build time as on the home page.
          return [typeset(flow.meta.title), flow.file, flow.version];
        }),
      );
    });
    for (const cells of tableRows()) {
      expect(cells[3]).toMatch(/^Aucun problème$|erreur|avertissement/);
    }
  });
});
