import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, saveSession, submit } from '../../../src/engine';
import { settings } from '../../../src/settings/settings';
import { carriedOrigin, carryOrigin } from '../../../src/ui/storage/carriedOrigin';
import { fr } from '../../../src/ui/i18n/fr';
import { parseRoute } from '../../../src/ui/routing/parseRoute';
import { atDetailsForm, wiredValues } from '../../support/walks/networkWalk';
import { openFlow, renderApp } from '../support/renderApp';

type User = ReturnType<typeof userEvent.setup>;

const key = 'depannage:session:network-connection';
const firstQuestion = 'Comment votre ordinateur est-il relié au réseau\u202f?';
const resolution = 'Votre connexion fonctionne';
const clearLabel = 'Effacer mes réponses de ce navigateur';
const cleared =
  'Vos réponses ont été effacées de ce navigateur : la personne suivante ne pourra pas les voir.';
const phone = '06 98 76 54 32';

/** A reload, or the browser's Back onto a URL: the page is gone, only the storages remain. */
function reload(hash: string) {
  cleanup();
  return renderApp(hash);
}

const heading = () => screen.findByRole('heading', { level: 1 });

async function headingText() {
  return (await heading()).textContent;
}

/** Network-connection by Wi-Fi, fixed at once: a resolution at step 3. */
async function reachResolution(user: User) {
  await openFlow(user, /Problème de connexion réseau/);
  await user.click(screen.getByRole('button', { name: 'En Wi-Fi' }));
  await user.click(screen.getByRole('button', { name: 'Oui, ça fonctionne' }));
  expect(await headingText()).toBe(resolution);
}

/** This tab's finished session on the wired ticket (step 6), with a phone number typed. */
function ticketInThisTab() {
  const atOffice = answer(
    submit(atDetailsForm('WIRED'), { ...wiredValues, since: '2026-11-02' }, '2026-11-25'),
    'UP_TO_DATE',
  );
  const atTicket = submit(atOffice, { contactPhone: phone, availability: '' }, '2026-11-25');
  sessionStorage.setItem(key, JSON.stringify(saveSession(atTicket, Date.now())));
  return `#/procedure/network-connection/${String(atTicket.trail.length + 1)}`;
}

function appKeys(storage: Storage): string[] {
  return Object.keys(storage).filter((name) => name.startsWith('depannage:'));
}

beforeEach(() => {
  sessionStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
  sessionStorage.clear();
});

describe('what the footer says', () => {
  it('says in one sentence what is kept and for how long, with the right plural', () => {
    const { keptInBrowser } = fr.frame;
    expect(keptInBrowser(24)).toBe(
      'Vos réponses restent dans ce navigateur jusqu’à 24\u00a0heures après la dernière, pour que vous puissiez reprendre\u202f; rien n’est envoyé sans votre action.',
    );
    expect(keptInBrowser(1)).toContain('jusqu’à 1\u00a0heure après la dernière');
  });

  it('shows the deployment’s hours, and still leads to the Centre de Services', () => {
    renderApp();
    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toContain(fr.frame.keptInBrowser(settings.sessionRetentionHours));
    expect(within(footer).getByRole('link', { name: 'Centre de Services' })).toBeTruthy();
  });
});

describe('a URL with or without a step number', () => {
  it('tells a step of this tab’s history from a link to the procedure', () => {
    expect(parseRoute('#/procedure/network-connection')).toEqual({
      page: 'flow',
      id: 'network-connection',
    });
    expect(parseRoute('#/procedure/network-connection/6')).toEqual({
      page: 'flow',
      id: 'network-connection',
      step: 6,
    });
    expect(parseRoute('#/procedure/network-connection/0')).not.toHaveProperty('step');
    expect(parseRoute('#/procedure/network-connection/x')).not.toHaveProperty('step');
  });

  it('reopens a finished session on this tab’s step URL only; opening the procedure starts afresh', async () => {
    const { user } = renderApp();
    await reachResolution(user);
    cleanup();
    expect(localStorage.getItem(key)).toBeNull();
    expect(JSON.parse(sessionStorage.getItem(key) ?? '{}')).toMatchObject({ finished: true });

    reload('#/procedure/network-connection/3');
    expect(await headingText()).toBe(resolution);
    reload('#/procedure/network-connection');
    expect(await headingText()).toBe(firstQuestion);
    // Started afresh in this tab: the ending it had is gone, even for its old step URL.
    reload('#/procedure/network-connection/3');
    expect(await headingText()).toBe(firstQuestion);
  });

  it('never offers to resume a finished session from the home page', () => {
    ticketInThisTab();
    renderApp('#/');
    expect(screen.queryByRole('heading', { name: 'Reprendre là où vous en étiez' })).toBeNull();
  });

  it('reopens an unfinished session from a link to the procedure, as before', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    await user.click(screen.getByRole('button', { name: 'En Wi-Fi' }));
    reload('#/procedure/network-connection');
    expect(await headingText()).toBe('Vérifiez votre connexion Wi-Fi');
  });
});

describe('expiry', () => {
  it('offers an unfinished session until the deployment’s hours have passed, then removes it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.UTC(2026, 10, 25, 8);
    vi.setSystemTime(start);
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    await user.click(screen.getByRole('button', { name: 'En Wi-Fi' }));
    cleanup();

    const limit = start + settings.sessionRetentionHours * 3_600_000;
    vi.setSystemTime(limit - 60_000);
    reload('#/');
    expect(await screen.findByText('Problème de connexion réseau (étape 2)')).toBeTruthy();

    vi.setSystemTime(limit);
    reload('#/');
    // Read (and dropped, being expired) by « Reprendre »'s own chunk, a moment after the page.
    await waitFor(() => {
      expect(localStorage.getItem(key)).toBeNull();
    });
    expect(screen.queryByText('Problème de connexion réseau (étape 2)')).toBeNull();
  });

  it('counts from the last answer: reopening the session does not keep it longer', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.UTC(2026, 10, 25, 8);
    vi.setSystemTime(start);
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    await user.click(screen.getByRole('button', { name: 'En Wi-Fi' }));

    vi.setSystemTime(start + 20 * 3_600_000);
    reload('#/procedure/network-connection');
    expect(await headingText()).toBe('Vérifiez votre connexion Wi-Fi');
    cleanup();

    vi.setSystemTime(start + settings.sessionRetentionHours * 3_600_000);
    reload('#/');
    expect(screen.queryByText('Problème de connexion réseau (étape 2)')).toBeNull();
  });

  it('checks again when a page left open is used after the limit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.UTC(2026, 10, 25, 8);
    vi.setSystemTime(start);
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    await user.click(screen.getByRole('button', { name: 'En Wi-Fi' }));
    await user.click(screen.getByRole('link', { name: 'Dépannage informatique' }));
    const resume = await screen.findByRole('link', { name: /^Reprendre\W*Problème/ });

    // The next person, a day later, in the same tab still open on the home page.
    vi.setSystemTime(start + settings.sessionRetentionHours * 3_600_000);
    await user.click(resume);
    expect(await headingText()).toBe(firstQuestion);
  });
});

describe('« Effacer mes réponses de ce navigateur »', () => {
  it('on the home page: removes every trace of the app, then confirms, focused', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    await user.click(screen.getByRole('button', { name: 'En Wi-Fi' }));
    ticketInThisTab();
    sessionStorage.setItem('depannage:session:guest-accounts', '{}');
    localStorage.setItem('someone-else', 'kept');
    reload('#/');
    expect(screen.getByText('Problème de connexion réseau (étape 2)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: clearLabel }));
    const status = screen.getByText(cleared);
    expect(status.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(status);
    expect(screen.queryByText('Problème de connexion réseau (étape 2)')).toBeNull();
    expect(appKeys(localStorage)).toEqual([]);
    expect(appKeys(sessionStorage)).toEqual([]);
    expect(localStorage.getItem('someone-else')).toBe('kept');

    // A second clearing confirms again, with one message.
    await user.click(screen.getByRole('button', { name: clearLabel }));
    expect(screen.getAllByText(cleared)).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByText(cleared));
  });

  it('on a resolution: goes home, confirms there, and the step URL finds nothing', async () => {
    const { user } = renderApp();
    await reachResolution(user);
    await user.click(screen.getByRole('button', { name: clearLabel }));
    expect(await headingText()).toBe('De quoi avez-vous besoin\u202f?');
    expect(window.location.hash).toBe('#/');
    const status = screen.getByText(cleared);
    expect(status.getAttribute('role')).toBe('status');
    await waitFor(() => {
      expect(document.activeElement).toBe(status);
    });
    expect(appKeys(localStorage)).toEqual([]);
    expect(appKeys(sessionStorage)).toEqual([]);

    reload('#/procedure/network-connection/3');
    expect(await headingText()).toBe(firstQuestion);
    // The confirmation was for that moment: it is not shown again on a later visit.
    reload('#/');
    expect(screen.queryByText(cleared)).toBeNull();
  });

  it('on a ticket: says to clear once the request is filed, and takes the phone number away', async () => {
    const { user } = renderApp(ticketInThisTab());
    expect(await headingText()).toMatch(/^Votre demande est prête/);
    expect(screen.getAllByText(phone).length).toBeGreaterThan(0);
    expect(screen.getByText(/^Une fois votre demande déposée, effacez vos réponses/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: clearLabel }));
    expect(await screen.findByText(cleared)).toBeTruthy();
    expect(document.body.textContent).not.toContain(phone);
    expect(appKeys(sessionStorage)).toEqual([]);
    reload('#/procedure/network-connection/6');
    expect(await headingText()).toBe(firstQuestion);
    expect(document.body.textContent).not.toContain(phone);
  });

  it('is not offered before an ending', async () => {
    const { user } = renderApp();
    await openFlow(user, /Problème de connexion réseau/);
    expect(screen.queryByRole('button', { name: clearLabel })).toBeNull();
  });
});

describe('the checks carried to the generic ticket', () => {
  it('are dropped once the home page is shown: the next opening is someone’s fresh start', () => {
    carryOrigin('other-problem', { flowTitle: 'Problème de connexion réseau', checks: [] });
    renderApp('#/');
    expect(carriedOrigin('other-problem')).toBeUndefined();
  });
});
