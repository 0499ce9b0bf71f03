import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { heading, reachWiredForm, reachWiredTicket } from '../support/networkSteps';
import { openFlow, renderApp } from '../support/renderApp';

const firstQuestion = 'Comment votre ordinateur est-il relié au réseau\u202f?';
const restart = () => screen.getByRole('button', { name: 'Recommencer la procédure' });

describe('the frame around each step', () => {
  it('puts focus on the first heading when a procedure is opened from the list', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    expect(heading().textContent).toBe(firstQuestion);
    await waitFor(() => {
      expect(document.activeElement).toBe(heading());
    });
  });

  it('numbers the steps without a total that could grow along the way', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    const progress = () => document.querySelector('.progress')?.textContent;
    expect(progress()).toBe(' · Étape 1');
    await user.click(screen.getByRole('button', { name: 'Par un câble Ethernet' }));
    await user.click(screen.getByRole('button', { name: 'Non, toujours pas de connexion' }));
    expect(progress()).toBe(' · Étape 3');
  });

  it('restarts at once when nothing typed would be lost', async () => {
    const { user } = renderApp();
    await reachWiredForm(user);
    await user.click(restart());
    expect(heading().textContent).toBe(firstQuestion);
  });

  it('asks before erasing what was typed: « Non » keeps it, « Oui » starts afresh', async () => {
    const { user } = renderApp();
    await reachWiredForm(user);
    const socket = screen.getByLabelText('Numéro de la prise réseau utilisée');
    await user.type(socket, 'B12-034');
    await user.click(restart());
    const question = screen.getByText(
      /Recommencer efface vos réponses, y compris ce que vous avez saisi/,
    );
    await waitFor(() => {
      expect(document.activeElement).toBe(question);
    });

    await user.click(screen.getByRole('button', { name: 'Non, continuer' }));
    expect(
      screen.getByLabelText<HTMLInputElement>('Numéro de la prise réseau utilisée').value,
    ).toBe('B12-034');
    await waitFor(() => {
      expect(document.activeElement).toBe(restart());
    });

    await user.click(restart());
    await user.click(screen.getByRole('button', { name: 'Oui, tout effacer et recommencer' }));
    expect(heading().textContent).toBe(firstQuestion);
    await user.click(screen.getByRole('button', { name: 'Par un câble Ethernet' }));
    await user.click(screen.getByRole('button', { name: 'Non, toujours pas de connexion' }));
    expect(
      screen.getByLabelText<HTMLInputElement>('Numéro de la prise réseau utilisée').value,
    ).toBe('');
  });

  it('warns, on a prepared ticket, that the request would be erased too', async () => {
    const { user } = renderApp();
    await reachWiredTicket(user);
    await user.click(restart());
    expect(
      screen.getByText(/Recommencer efface vos réponses et la demande préparée/).textContent,
    ).toContain('copiez-la d’abord');
    expect(screen.queryByRole('button', { name: 'Recommencer la procédure' })).toBeNull();
  });
});
