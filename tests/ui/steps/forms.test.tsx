import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { typeset } from '../../../src/engine';
import { exactText } from '../../support/exactText';
import { openFlow, renderApp, typeDate } from '../support/renderApp';

type User = ReturnType<typeof userEvent.setup>;

const heading = () => screen.getByRole('heading', { level: 1 });
/** Questions and messages as shown: typeset. */
const since = typeset('Depuis quand le problème est-il apparu ?');

function summaryValue(label: string): string | null | undefined {
  const term = screen.getAllByText(label, { selector: 'dt' })[0];
  return term?.parentElement?.querySelector('.summary-list__value')?.textContent;
}

// « Hier » and « not in the past » depend on the day: the browser's clock says 30 November 2026.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 30, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

async function reachWifiDetails(user: User) {
  await openFlow(user, /Problème de connexion réseau/);
  await user.click(screen.getByRole('button', { name: 'En Wi-Fi' }));
  await user.click(screen.getByRole('button', { name: 'Non, toujours pas de connexion' }));
  await user.click(screen.getByRole('button', { name: 'Un téléphone ou une tablette' }));
  expect(heading().textContent).toBe('Où et depuis quand le Wi-Fi ne fonctionne-t-il pas\u202f?');
}

describe('since when, approximately', () => {
  it('takes « Hier », and the summary says which day that was', async () => {
    const { user } = renderApp();
    await reachWifiDetails(user);
    const group = screen.getByRole('group', { name: since });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual([
      'Aujourd’hui',
      'Hier',
      'Il y a quelques jours (moins d’une semaine)',
      'Il y a plus d’une semaine',
      'Je ne sais plus',
      'À une date précise',
    ]);
    // The date boxes open only with « À une date précise ».
    expect(within(group).queryByLabelText('Jour')).toBeNull();
    await user.type(screen.getByLabelText('Lieu'), 'Triolet, bâtiment 16, salle 2');
    await user.click(within(group).getByRole('radio', { name: 'Hier' }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(heading().textContent).toBe('Comment vous joindre\u202f?');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(summaryValue('Depuis')).toBe('hier (29/11/2026)');
  });

  it('opens the Jour, Mois, Année boxes for a precise date, with a numeric keypad', async () => {
    const { user } = renderApp();
    await reachWifiDetails(user);
    await typeDate(user, since, ['1', '12', '2026']);
    const group = screen.getByRole('group', { name: since });
    for (const name of ['Jour', 'Mois', 'Année']) {
      const box = within(group).getByLabelText(name);
      expect([box.getAttribute('type'), box.getAttribute('inputmode')]).toEqual([
        'text',
        'numeric',
      ]);
    }
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const future = typeset(
      'Cette date est dans le futur : indiquez une date passée ou celle du jour.',
    );
    expect(within(group).getByText(future, exactText)).toBeTruthy();
    expect(within(group).getByRole('radio', { name: 'À une date précise' })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(within(screen.getByRole('alert')).getByRole('link', { name: future }));
    expect(document.activeElement).toBe(within(group).getByLabelText('Jour'));
    await typeDate(user, since, ['27', 'nov', '2026']);
    await user.type(screen.getByLabelText('Lieu'), 'Triolet');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(summaryValue('Depuis')).toBe('27/11/2026');
  });
});

describe('a phone number', () => {
  it('opens the phone keypad and takes +33 or an internal extension, written the same way', async () => {
    const { user } = renderApp();
    await reachWifiDetails(user);
    await user.type(screen.getByLabelText('Lieu'), 'Triolet');
    await user.click(screen.getByRole('radio', { name: 'Je ne sais plus' }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const phone = screen.getByLabelText('Numéro de téléphone (facultatif)');
    expect(['type', 'inputmode', 'autocomplete'].map((name) => phone.getAttribute(name))).toEqual([
      'tel',
      'tel',
      'tel',
    ]);

    await user.type(phone, '06 12 34');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const message = typeset(
      'Ce numéro a 6 chiffres : saisissez un numéro à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78, ou un numéro de poste interne à 4 ou 5 chiffres.',
    );
    expect(within(screen.getByRole('alert')).getByRole('link', { name: message })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Numéro de téléphone (facultatif)').value).toBe(
      '06 12 34',
    );

    await user.clear(phone);
    await user.type(phone, '+33612345678');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(summaryValue('Téléphone')).toBe('+33 6 12 34 56 78');
    expect(summaryValue('Depuis')).toBe('ne sait plus');

    await user.click(screen.getByRole('button', { name: /^Modifier\W*Téléphone$/ }));
    await user.clear(screen.getByLabelText('Numéro de téléphone (facultatif)'));
    await user.type(screen.getByLabelText('Numéro de téléphone (facultatif)'), '4521');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(summaryValue('Téléphone')).toBe('poste 4521');
  });
});

describe('the guest accounts’ dates', () => {
  const start = typeset('À partir de quand les invités ont-ils besoin d’un accès ?');
  const end = typeset('Jusqu’à quand ?');

  it('says in the error summary and at each field: no start in the past, no end before the start', async () => {
    const { user } = renderApp();
    await openFlow(user, /Créer un ou plusieurs comptes invités/);
    await user.click(screen.getByRole('button', { name: 'Oui' }));
    await user.click(screen.getByRole('button', { name: 'Plusieurs à la fois' }));
    await user.click(screen.getByRole('button', { name: 'Préparer le texte de la demande' }));
    await user.type(screen.getByLabelText('Nombre d’invités'), '25');
    await user.type(screen.getByLabelText('Pour quoi faire ?'), 'Colloque');
    await typeDate(user, start, ['28', '11', '2026']);
    await typeDate(user, end, ['3', '12', '2026']);
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const past = typeset('Cette date est passée : indiquez la date du jour ou une date à venir.');
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([past]);
    expect(
      within(screen.getByRole('group', { name: start })).getByText(past, exactText),
    ).toBeTruthy();

    await typeDate(user, start, ['5', '12', '2026']);
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const order = typeset(
      'La fin de l’accès ne peut pas être avant son début : indiquez le même jour ou une date après.',
    );
    const link = within(screen.getByRole('alert')).getByRole('link', { name: order });
    const endGroup = screen.getByRole('group', { name: end });
    expect(within(endGroup).getByText(order, exactText)).toBeTruthy();
    await user.click(link);
    expect(document.activeElement).toBe(within(endGroup).getByLabelText('Jour'));

    await typeDate(user, end, ['5', '12', '2026']);
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(summaryValue('Début de l’accès')).toBe('05/12/2026');
    expect(summaryValue('Fin de l’accès')).toBe('05/12/2026');
  });
});
