import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/catalog/catalog';
import { answer, saveSession, startSession, type Session } from '../../../src/engine';
import { languageKey } from '../../../src/ui/i18n/language';
import { loadEnglish } from '../../../src/ui/i18n/english/loadEnglish';
import { sessionPrefix } from '../../../src/ui/storage/storageKeys';
import { atGuestForm } from '../../support/walks/guestWalk';
import { atDetailsForm, networkFlow } from '../../support/walks/networkWalk';
import { renderApp } from '../support/renderApp';

// « Recommencer » on the home page's resume card: it asks first, inline, as the wizard does.

const networkKey = sessionPrefix + 'network-connection';
const guestKey = sessionPrefix + 'guest-accounts';
const networkTitle = 'Problème de connexion réseau';
const guestTitle = catalog.find((entry) => entry.id === 'guest-accounts')?.title ?? '';

/** A session saved on an earlier visit, as the wizard saves it. */
function saved(session: Session) {
  const entry = saveSession(session, Date.now());
  localStorage.setItem(sessionPrefix + entry.flowId, JSON.stringify(entry));
}

/** The home page with its resume card, which comes in a chunk of its own, a moment after. */
async function homeWithCard() {
  const rendered = renderApp('#/');
  await screen.findByRole('heading', { name: 'Reprendre là où vous en étiez' });
  return rendered;
}

const restartButton = (title: string) =>
  screen.getByRole('button', { name: new RegExp(`^Recommencer\\W*${title}$`) });
/** The question, as written (with its narrow no-break spaces, which a text query would normalise). */
function question(title: string) {
  const asked = screen.getByText(/efface vos réponses à cette procédure/);
  expect(asked.textContent).toBe(
    `Recommencer «\u202f${title}\u202f» efface vos réponses à cette procédure.`,
  );
  return asked;
}

describe('« Recommencer » on the resume card', () => {
  it('asks first, naming the procedure; « Non » keeps the session and puts focus back', async () => {
    saved(atDetailsForm('WIRED'));
    const kept = localStorage.getItem(networkKey);
    const { user } = await homeWithCard();

    await user.click(restartButton(networkTitle));
    await waitFor(() => {
      expect(document.activeElement).toBe(question(networkTitle));
    });
    // The question stands in place of the item's buttons: nothing else to press by mistake.
    expect(screen.queryByRole('link', { name: /^Reprendre/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Oui, effacer mes réponses' }).className).toContain(
      'button--warning',
    );
    expect(localStorage.getItem(networkKey)).toBe(kept);

    await user.click(screen.getByRole('button', { name: 'Non, garder mes réponses' }));
    await waitFor(() => {
      expect(document.activeElement).toBe(restartButton(networkTitle));
    });
    expect(screen.queryByText(/efface vos réponses/)).toBeNull();
    expect(localStorage.getItem(networkKey)).toBe(kept);
    expect(screen.getByText(`${networkTitle} (étape 3)`)).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Reprendre/ })).toBeTruthy();
  });

  it('erases on « Oui »: the item goes, the others stay, focus on the section’s heading', async () => {
    saved(answer(startSession(networkFlow), 'WIFI'));
    saved(atGuestForm);
    const { user } = await homeWithCard();

    await user.click(restartButton(guestTitle));
    await user.click(screen.getByRole('button', { name: 'Oui, effacer mes réponses' }));
    expect(localStorage.getItem(guestKey)).toBeNull();
    expect(screen.queryByText(new RegExp(`^${guestTitle} \\(étape`))).toBeNull();
    const heading = screen.getByRole('heading', { name: 'Reprendre là où vous en étiez' });
    expect(document.activeElement).toBe(heading);
    const list = within(heading.closest('section') ?? document.body).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual([`${networkTitle} (étape 2)`]);
    expect(localStorage.getItem(networkKey)).not.toBeNull();
  });

  it('takes the section away with the last one, focus on the page’s main content', async () => {
    saved(answer(startSession(networkFlow), 'WIFI'));
    const { user } = await homeWithCard();
    await user.click(restartButton(networkTitle));
    await user.click(screen.getByRole('button', { name: 'Oui, effacer mes réponses' }));
    expect(localStorage.getItem(networkKey)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Reprendre là où vous en étiez' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('main'));
    // The procedure is still in the list, to start afresh.
    expect(screen.getByRole('link', { name: new RegExp(networkTitle) })).toBeTruthy();
  });

  it('works with the keyboard alone', async () => {
    saved(answer(startSession(networkFlow), 'WIFI'));
    const { user } = await homeWithCard();
    const resume = screen.getByRole('link', { name: /^Reprendre/ });
    resume.focus();
    await user.tab();
    expect(document.activeElement).toBe(restartButton(networkTitle));

    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(document.activeElement).toBe(question(networkTitle));
    });
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Oui, effacer mes réponses');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Non, garder mes réponses');
    await user.keyboard(' ');
    await waitFor(() => {
      expect(document.activeElement).toBe(restartButton(networkTitle));
    });
    expect(localStorage.getItem(networkKey)).not.toBeNull();

    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(document.activeElement).toBe(question(networkTitle));
    });
    await user.tab();
    await user.keyboard('{Enter}');
    expect(localStorage.getItem(networkKey)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('asks in English on the English page, the procedure’s French name marked so', async () => {
    await loadEnglish();
    localStorage.setItem(languageKey, 'en');
    saved(answer(startSession(networkFlow), 'WIFI'));
    const { user } = renderApp('#/');
    const heading = await screen.findByRole('heading', { name: 'Resume where you left off' });

    // The card names it by its French title, marked French, as do its buttons' hidden words.
    const item = heading.parentElement?.querySelector('li');
    expect(
      [...(item?.querySelectorAll('[lang="fr"]') ?? [])].map((part) => part.textContent),
    ).toEqual([networkTitle, networkTitle, networkTitle]);
    await user.click(
      screen.getByRole('button', { name: new RegExp(`^Start again\\W*${networkTitle}$`) }),
    );
    const asked = screen.getByText(/^Starting/);
    expect(asked.textContent).toBe(
      `Starting «\u202f${networkTitle}\u202f» again clears your answers to this procedure.`,
    );
    expect(asked.querySelector('[lang="fr"]')?.textContent).toBe(`«\u202f${networkTitle}\u202f»`);
    await waitFor(() => {
      expect(document.activeElement).toBe(asked);
    });
    await user.click(screen.getByRole('button', { name: 'No, keep my answers' }));
    await user.click(
      screen.getByRole('button', { name: new RegExp(`^Start again\\W*${networkTitle}$`) }),
    );
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect(localStorage.getItem(networkKey)).toBeNull();
    expect(heading.isConnected).toBe(false);
  });
});
