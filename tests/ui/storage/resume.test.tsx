import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openFlow, renderApp } from '../support/renderApp';

const key = 'depannage:session:network-connection';

/** A reload: the page is gone, only localStorage remains. */
function reload(hash: string) {
  cleanup();
  return renderApp(hash);
}

describe('resuming a flow', () => {
  it('shows the same step with the same answers and typed values after a reload', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    await user.click(screen.getByRole('button', { name: 'Par un câble Ethernet' }));
    await user.click(screen.getByRole('button', { name: 'Non, toujours pas de connexion' }));
    await user.type(screen.getByLabelText('Nom du PC'), 'UM-PC-77');

    reload('#/procedure/network-connection');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Décrivez le problème pour le Centre de Services',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Nom du PC').value).toBe('UM-PC-77');
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Vérifiez le câble Ethernet',
    );
  });

  it('offers « Reprendre » and « Recommencer » on the home page for an unfinished flow', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    await user.click(screen.getByRole('button', { name: 'En Wi-Fi' }));

    reload('#/');
    // « Reprendre » reads the sessions in its own chunk: it comes a moment after the page.
    expect(await screen.findByText('Problème de connexion réseau (étape 2)')).toBeTruthy();
    const resume = screen.getByRole('link', { name: /^Reprendre\W*Problème de connexion réseau$/ });
    expect(resume.getAttribute('href')).toBe('#/procedure/network-connection');
    // « Recommencer » asks first (tests/ui/storage/resumeRestart.test.tsx).
    await user.click(
      screen.getByRole('button', { name: /^Recommencer\W*Problème de connexion réseau$/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Oui, effacer mes réponses' }));
    expect(screen.queryByText('Problème de connexion réseau (étape 2)')).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('lists the last answer on the home page reached right after it (a save waits for the paint)', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    await user.click(screen.getByRole('button', { name: 'En Wi-Fi' }));
    await user.click(screen.getByRole('link', { name: 'Dépannage informatique' }));
    expect(await screen.findByText('Problème de connexion réseau (étape 2)')).toBeTruthy();
  });

  it('does not offer to resume a flow that ended', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    await user.click(screen.getByRole('button', { name: 'En Wi-Fi' }));
    await user.click(screen.getByRole('button', { name: 'Oui, ça fonctionne' }));
    reload('#/');
    expect(screen.queryByRole('heading', { name: 'Reprendre là où vous en étiez' })).toBeNull();
  });

  it.each([
    ['garbage', '{oops'],
    ['a wrong shape', '{"format":1,"flowId":"network-connection","events":[{"type":7}]}'],
  ])('starts afresh, without crashing, from %s in storage', async (_, stored) => {
    localStorage.setItem(key, stored);
    renderApp('#/');
    expect(screen.queryByRole('heading', { name: 'Reprendre là où vous en étiez' })).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
    reload('#/procedure/network-connection');
    localStorage.setItem(key, stored);
    cleanup();
    renderApp('#/procedure/network-connection');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Comment votre ordinateur est-il relié au réseau\u202f?',
    );
  });
});
