import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

function resultTitles() {
  const list = screen.queryByRole('list');
  return list
    ? within(list)
        .getAllByRole('link')
        .map((link) => link.querySelector('.flow-card__title')?.textContent)
    : [];
}

describe('the home page', () => {
  it('lists the procedures, with the generic request apart', async () => {
    renderApp();
    expect(
      screen.getByRole('heading', { level: 1, name: 'De quoi avez-vous besoin ?' }),
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

  it('says in the footer where to get help, with or without the ENT, linking only to what is set', () => {
    renderApp();
    const footer = screen.getByRole('contentinfo');
    expect(
      within(footer).getByRole('link', { name: 'Centre de Services' }).getAttribute('href'),
    ).toBe('https://ent.umontpellier.fr');
    expect(footer.textContent).toContain(
      'Sans accès à l’ENT : le formulaire public de demande d’assistance de la DSIN.',
    );
    expect(within(footer).getAllByRole('link')).toHaveLength(1);
  });

  it.each(['reseau', 'réseau', 'RÉSEAU', 'internet', 'cable', 'câble', 'reseu', 'wifi'])(
    'finds the network flow when typing « %s »',
    async (query) => {
      const { user } = renderApp();
      await user.type(screen.getByRole('searchbox', { name: 'Rechercher une procédure' }), query);
      expect(resultTitles()[0]).toBe('Problème de connexion réseau');
      expect(screen.getByRole('status').textContent).toMatch(/^\d+ procédures? trouvées?$/);
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
