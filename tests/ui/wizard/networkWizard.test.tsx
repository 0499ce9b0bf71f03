import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { exactText } from '../../support/exactText';
import { fillWiredForm, heading, reachWiredForm, reachWiredTicket } from '../support/networkSteps';
import { openFlow, renderApp, typeDate } from '../support/renderApp';

const ready = 'Votre demande est prête\u202f: copiez-la puis déposez-la dans le Centre de Services';

function summaryValue(label: string): string | null | undefined {
  const term = screen.getAllByText(label, { selector: 'dt' })[0];
  return term?.parentElement?.querySelector('.summary-list__value')?.textContent;
}

describe('the network-connection wizard', () => {
  it('walks to the ticket summary holding every value typed, focus on each new heading', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    expect(heading().textContent).toBe('Comment votre ordinateur est-il relié au réseau\u202f?');
    await user.click(screen.getByRole('button', { name: 'Par un câble Ethernet' }));
    expect(heading().textContent).toBe('Vérifiez le câble Ethernet');
    // Focus moves with the next frame.
    await waitFor(() => {
      expect(document.activeElement).toBe(heading());
    });
    expect(within(screen.getByRole('main')).getAllByRole('listitem').length).toBeGreaterThan(1);
    await user.click(screen.getByRole('button', { name: 'Non, toujours pas de connexion' }));
    expect(heading().textContent).toBe('Décrivez le problème pour le Centre de Services');
    await fillWiredForm(user);
    expect(heading().textContent).toBe(
      'Votre bureau est-il à jour dans le Centre de Services\u202f?',
    );
    await user.click(screen.getByRole('button', { name: 'Non, ou j’ai changé de bureau' }));
    await user.type(screen.getByLabelText('Site'), 'Triolet');
    await user.type(screen.getByLabelText('Bâtiment'), 'Bâtiment 16');
    await user.type(screen.getByLabelText('Étage'), '2');
    await user.type(screen.getByLabelText('Numéro ou nom du bureau'), '214');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await user.type(screen.getByLabelText('Numéro de téléphone (facultatif)'), '06 12 34 56 78');
    await user.type(screen.getByLabelText('Quand vous joindre ? (facultatif)'), 'le matin');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));

    expect(heading().textContent).toBe(ready);
    expect(
      screen.getByText('Problème de connexion réseau filaire — prise B12-034, PC UM-PC-4242'),
    ).toBeTruthy();
    expect(summaryValue('Prise utilisée')).toBe('B12-034');
    expect(summaryValue('Prise qui fonctionne dans le même bureau')).toBe('B12-035');
    expect(summaryValue('Depuis')).toBe('02/11/2026');
    expect(summaryValue('Nom du PC')).toBe('UM-PC-4242');
    expect(summaryValue('Branchement')).toBe('Sur la station d’accueil (PC portable)');
    expect(summaryValue('Bureau')).toBe('214');
    expect(summaryValue('Téléphone')).toBe('06 12 34 56 78');
    expect(summaryValue('Disponibilités')).toBe('le matin');
    expect(summaryValue('Localisation dans le Centre de Services')).toBe('pas à jour');
    expect(summaryValue('Câble Ethernet vérifié et rebranché')).toBe(
      'fait, toujours pas de connexion',
    );
    await waitFor(() => {
      expect(document.title).toBe(
        `${ready} — Problème de connexion réseau — DSIN Université de Montpellier`,
      );
    });
  });

  it('hands over honestly: nothing sent, the way to the desk, no e-mail without an address', async () => {
    const { user } = renderApp();
    await reachWiredTicket(user);
    expect(screen.getByText(/Rien n’a encore été envoyé/)).toBeTruthy();
    const handOff = screen.getByRole('region', {
      name: 'Déposez votre demande dans le Centre de Services',
    });
    expect(
      within(handOff)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Copiez le texte de votre demande.'),
      expect.stringContaining(
        'Ouvrez le Centre de Services\u202f: ENT → Assistance → Centre de Services.',
      ),
      'Créez un ticket.',
      'Collez-y le texte, puis validez le ticket.',
      expect.stringContaining('vous suivez son avancement dans le Centre de Services'),
    ]);
    const door = within(handOff).getByRole('link', {
      name: 'Ouvrir le Centre de Services (nouvel onglet)',
    });
    expect(door.getAttribute('href')).toBe('https://ent.umontpellier.fr');
    expect(door.getAttribute('target')).toBe('_blank');
    expect(door.getAttribute('rel')).toBe('noopener noreferrer');
    // The default settings give no helpdesk address: no e-mail link at all.
    expect(document.querySelector('a[href^="mailto:"]')).toBeNull();
    // A field this path never asked (the office is known) is not listed as a blank.
    expect(screen.queryByText('Bureau', { selector: 'dt' })).toBeNull();
    // An optional field the person saw and left empty is, with its « Modifier ».
    expect(summaryValue('Disponibilités')).toBe('Non renseigné');
    expect(screen.getByRole('button', { name: /^Modifier\W*Disponibilités$/ })).toBeTruthy();
  });

  it('goes back one step at a time, keeping typed values', async () => {
    const { user } = renderApp();
    await reachWiredForm(user);
    await user.type(screen.getByLabelText('Nom du PC'), 'UM-PC-1');
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    expect(heading().textContent).toBe('Vérifiez le câble Ethernet');
    await user.click(screen.getByRole('button', { name: 'Non, toujours pas de connexion' }));
    expect(screen.getByLabelText<HTMLInputElement>('Nom du PC').value).toBe('UM-PC-1');
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    expect(heading().textContent).toBe('Comment votre ordinateur est-il relié au réseau\u202f?');
    expect(screen.getByRole('link', { name: 'Toutes les procédures' })).toBeTruthy();
  });

  it('shows field errors and an error summary, keeping what was typed', async () => {
    const { user } = renderApp();
    await reachWiredForm(user);
    // What is written on a wall plate is taken as it is.
    await user.type(screen.getByLabelText('Numéro de la prise réseau utilisée'), 'Bât B n°12');
    await typeDate(user, 'Depuis quand le problème est-il apparu ?', ['31', '2', '2026']);
    await user.click(screen.getByRole('button', { name: 'Continuer' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Il y a un problème' })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    const socket = screen.getByLabelText<HTMLInputElement>('Numéro de la prise réseau utilisée');
    expect(socket.value).toBe('Bât B n°12');
    expect(socket.getAttribute('aria-invalid')).toBe('false');
    const since = screen.getByRole('group', {
      name: 'Depuis quand le problème est-il apparu\u202f?',
    });
    const box = (name: string) => within(since).getByLabelText<HTMLInputElement>(name);
    expect([box('Jour').value, box('Mois').value, box('Année').value]).toEqual(['31', '2', '2026']);
    // Only the boxes the message is about are marked.
    expect(['Jour', 'Mois', 'Année'].map((name) => box(name).getAttribute('aria-invalid'))).toEqual(
      ['true', 'true', 'false'],
    );
    const impossible = 'Le 31/02/2026 n’existe pas\u202f: vérifiez le jour et le mois.';
    expect(within(since).getByText(impossible, exactText)).toBeTruthy();
    expect(since.getAttribute('aria-describedby')).toContain('champ-since-error');
    await user.click(within(summary).getByRole('link', { name: impossible }));
    expect(document.activeElement).toBe(box('Jour'));
    expect(within(summary).getByRole('link', { name: /Indiquez le nom du PC/ })).toBeTruthy();
    await user.click(within(summary).getByRole('link', { name: /Indiquez le nom du PC/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Nom du PC'));
    await waitFor(() => {
      expect(document.title.startsWith('Erreur\u202f: ')).toBe(true);
    });
  });

  it('changes an answer through « Modifier » and comes back to the summary', async () => {
    const { user } = renderApp();
    await reachWiredTicket(user);
    await user.click(screen.getByRole('button', { name: /^Modifier\W*Nom du PC$/ }));
    expect(heading().textContent).toBe('Décrivez le problème pour le Centre de Services');
    const pcName = screen.getByLabelText<HTMLInputElement>('Nom du PC');
    expect(pcName.value).toBe('UM-PC-4242');
    await user.clear(pcName);
    await user.type(pcName, 'UM-PC-9999');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(heading().textContent).toBe(ready);
    expect(summaryValue('Nom du PC')).toBe('UM-PC-9999');
    expect(summaryValue('Prise utilisée')).toBe('B12-034');
    expect(summaryValue('Téléphone')).toBe('06 12 34 56 78');
  });

  it('abandons a change with the back link, returning to the summary unchanged', async () => {
    const { user } = renderApp();
    await reachWiredTicket(user);
    await user.click(screen.getByRole('button', { name: /^Modifier\W*Type de connexion$/ }));
    await user.click(screen.getByRole('button', { name: 'Retour au résumé' }));
    expect(summaryValue('Type de connexion')).toBe('filaire (câble Ethernet)');
  });

  it('copies the text, with a manual fallback when the clipboard is refused', async () => {
    const { user } = renderApp();
    await reachWiredTicket(user);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copier le texte' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied).toContain(
      'Objet\u202f: Problème de connexion réseau filaire — prise B12-034, PC UM-PC-4242',
    );
    expect(copied).toContain('- Nom du PC\u202f: UM-PC-4242');
    // The agent's link opens this app's own page, with the answers in the fragment.
    expect(copied).toMatch(
      /\nDétail pour l’agent\u202f: http:\/\/localhost(:\d+)?\/#\/diagnostic\/[\w-]+\n/,
    );
    expect(await navigator.clipboard.readText()).toBe(copied);
    expect(within(screen.getByRole('main')).getByRole('status').textContent).toBe(
      'Texte copié. Collez-le à l’étape suivante.',
    );

    writeText.mockRejectedValueOnce(new Error('NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copier le texte' }));
    const manual = await screen.findByRole<HTMLTextAreaElement>('textbox', {
      name: 'Texte de la demande à copier',
    });
    expect(manual.value).toBe(copied);
    expect(within(screen.getByRole('main')).getByRole('status').textContent).toContain(
      'copiez-le avec Ctrl+C',
    );
  });

  it('leaves for the home page even when the frame after an answer comes before the hashchange', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    fireEvent.click(screen.getByRole('button', { name: 'En Wi-Fi' }));
    // The link home followed at once: the URL changes now, its hashchange comes in a task of its
    // own, here only once the two frames the answer's history update waits for have run.
    history.pushState(null, '', '#/');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(window.location.hash).toBe('#/');
    fireEvent(window, new HashChangeEvent('hashchange'));
    expect(heading().textContent).toBe('De quoi avez-vous besoin\u202f?');
  });

  it('ends on a resolution, with a way out to a ticket carrying the checks done', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    await user.click(screen.getByRole('button', { name: 'En Wi-Fi' }));
    await user.click(screen.getByRole('button', { name: 'Oui, ça fonctionne' }));
    expect(heading().textContent).toBe('Votre connexion fonctionne');
    // It worked: what may bring the person back is the problem returning.
    const escape = screen.getByRole('link', { name: 'Ouvrir un ticket' }).parentElement;
    expect(escape?.textContent).toMatch(/^Le problème revient\u202f\? Ouvrir un ticket/);
    expect(screen.queryByText(/Ce n’était pas ça/)).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Ouvrir un ticket' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Pouvez-vous vous connecter à l’ENT avec vos identifiants UM\u202f?',
      }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Oui' }));
    await user.type(
      screen.getByLabelText('Quel est le problème ?'),
      'Le Wi-Fi se coupe toutes les heures.',
    );
    await user.click(screen.getByRole('radio', { name: 'Hier' }));
    await user.type(screen.getByLabelText('Où êtes-vous ?'), 'Triolet, bâtiment 16');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(
      screen.getByRole('heading', {
        name: 'Procédure suivie auparavant\u202f: Problème de connexion réseau',
      }),
    ).toBeTruthy();
    expect(summaryValue('Wi-Fi activé et bon réseau vérifiés')).toBe(
      'ça a fonctionné, puis le problème est revenu',
    );
    // The subject is what the person wrote, not where they are.
    expect(document.querySelector('.ticket-title')?.textContent).toBe(
      'Le Wi-Fi se coupe toutes les heures.',
    );
  });
});
