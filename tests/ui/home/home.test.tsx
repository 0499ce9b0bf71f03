import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog/catalog';
import { renderApp } from '../support/renderApp';

/** The titles of the procedures listed, in order, whatever lists they are in. */
function resultTitles() {
  return [...document.querySelectorAll('.flow-list .flow-card__title')].map(
    (title) => title.textContent,
  );
}

/** The page's headings as a screen reader lists them: level and name. */
function outline() {
  return screen
    .getAllByRole('heading')
    .map((heading) => `h${heading.tagName.slice(1)} ${heading.textContent}`);
}

describe('the home page', () => {
  it('lists the procedures, with the generic request apart', async () => {
    renderApp();
    expect(
      screen.getByRole('heading', { level: 1, name: 'De quoi avez-vous besoin\u202f?' }),
    ).toBeTruthy();
    expect(resultTitles()).toContain('Problème de connexion réseau');
    expect(resultTitles()).not.toContain('Autre problème');
    const fallback = screen.getByRole('link', { name: 'préparer une demande d’assistance' });
    expect(fallback.getAttribute('href')).toBe('#/procedure/other-problem');
    // The tab's title follows once the page is painted.
    await waitFor(() => {
      expect(document.title).toBe('Dépannage informatique — DSIN Université de Montpellier');
    });
  });

  it('groups the procedures under their categories, in the order of flows/categories.json', () => {
    renderApp();
    const procedures = catalog.filter((entry) => entry.fallback !== true);
    const categories = [...new Set(procedures.map((entry) => entry.category))];
    expect(categories.slice(0, 3)).toEqual([
      'Réseau et Wi-Fi',
      'Office 365 et Teams',
      'Messagerie',
    ]);
    // One level-2 heading per category, between the page's h1 and the generic request.
    expect(outline().slice(0, categories.length + 2)).toEqual([
      'h1 De quoi avez-vous besoin\u202f?',
      ...categories.map((category) => `h2 ${category}`),
      'h2 Vous ne trouvez pas votre problème\u202f?',
    ]);
    expect(outline().filter((heading) => !heading.startsWith('h2 '))).toHaveLength(1);
    for (const category of categories) {
      const heading = screen.getByRole('heading', { level: 2, name: category });
      const list = heading.nextElementSibling;
      if (!(list instanceof HTMLElement)) throw new Error(`no list under ${category}`);
      expect(
        within(list)
          .getAllByRole('link')
          .map((link) => link.getAttribute('href')),
      ).toEqual(
        procedures
          .filter((entry) => entry.category === category)
          .map((entry) => `#/procedure/${entry.id}`),
      );
    }
    // Within a category, by title, whatever the files are called.
    const accounts = screen.getByRole('heading', { level: 2, name: 'Comptes et accès' });
    expect(
      [...(accounts.nextElementSibling?.querySelectorAll('.flow-card__title') ?? [])].map(
        (title) => title.textContent,
      ),
    ).toEqual([
      'Créer un ou plusieurs comptes invités',
      'Fin d’activité\u202f: suspension du compte et prolongation',
    ]);
  });

  it('lists the search results best first, without categories, under a heading of their own', async () => {
    const { user } = renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une procédure' }), 'compte');
    expect(screen.queryByRole('heading', { level: 2, name: 'Réseau et Wi-Fi' })).toBeNull();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Résultats de la recherche' }),
    ).toBeTruthy();
    expect(document.querySelectorAll('.flow-list')).toHaveLength(1);
    expect(resultTitles().length).toBeGreaterThan(1);
  });

  it('says in the footer where to get help, with or without the ENT, linking only to what is set', () => {
    renderApp();
    const footer = screen.getByRole('contentinfo');
    expect(
      within(footer).getByRole('link', { name: 'Centre de Services' }).getAttribute('href'),
    ).toBe('https://ent.umontpellier.fr');
    expect(footer.textContent).toContain(
      'Sans accès à l’ENT\u202f: le formulaire public de demande d’assistance de la DSIN.',
    );
    expect(within(footer).getAllByRole('link')).toHaveLength(1);
  });

  it.each(['reseau', 'réseau', 'RÉSEAU', 'internet', 'cable', 'câble', 'reseu', 'wifi'])(
    'finds the network flow when typing « %s »',
    async (query) => {
      const { user } = renderApp();
      await user.type(screen.getByRole('searchbox', { name: 'Rechercher une procédure' }), query);
      expect(resultTitles()[0]).toBe('Problème de connexion réseau');
      expect(within(screen.getByRole('main')).getByRole('status').textContent).toMatch(
        /^\d+ procédures? trouvées?$/,
      );
    },
  );

  it('says so when nothing matches, and still offers the generic request', async () => {
    const { user } = renderApp();
    await user.type(screen.getByRole('searchbox'), 'imprimante');
    expect(resultTitles()).toEqual([]);
    expect(screen.getByText('Aucune procédure ne correspond à « imprimante ».')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'préparer une demande d’assistance' })).toBeTruthy();
  });

  it('shows a helpful page for an unknown flow', async () => {
    renderApp('#/procedure/imprimante-en-panne');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Procédure introuvable' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir toutes les procédures' })).toBeTruthy();
  });
});
