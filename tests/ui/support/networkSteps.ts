import { screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { openFlow, typeDate } from './renderApp';

type User = ReturnType<typeof userEvent.setup>;

// The network procedure's steps as a person takes them, for the UI tests that need its forms.

export const heading = () => screen.getByRole('heading', { level: 1 });

export async function reachWiredForm(user: User) {
  await openFlow(user, /Problème de connexion réseau/);
  await user.click(screen.getByRole('button', { name: 'Par un câble Ethernet' }));
  await user.click(screen.getByRole('button', { name: 'Non, toujours pas de connexion' }));
}

export async function fillWiredForm(user: User) {
  await user.type(screen.getByLabelText('Numéro de la prise réseau utilisée'), 'B12-034');
  await user.type(screen.getByLabelText(/prise qui fonctionne/), 'B12-035');
  await typeDate(user, 'Depuis quand le problème est-il apparu ?', ['2', '11', '2026']);
  await user.type(screen.getByLabelText('Nom du PC'), 'UM-PC-4242');
  await user.click(screen.getByLabelText('Sur la station d’accueil (PC portable)'));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
}

/** From the details form to the ticket: the office is known, then a phone number. */
export async function reachWiredTicket(user: User) {
  await reachWiredForm(user);
  await fillWiredForm(user);
  await user.click(screen.getByRole('button', { name: 'Oui, elle est à jour' }));
  expect(heading().textContent).toBe('Comment vous joindre\u202f?');
  await user.type(screen.getByLabelText('Numéro de téléphone (facultatif)'), '06 12 34 56 78');
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
}
