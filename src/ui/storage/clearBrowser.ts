import { forgetCarriedOrigin } from './carriedOrigin';
import { clearSaved } from './savedSessions';
import { homeHref } from '../routing/useHashRoute';

/**
 * The other tabs of this app in this browser: a tab cannot reach another's sessionStorage nor
 * the session it shows, so each clears its own when one clears, and reloads to drop what it
 * holds in memory. Undefined where BroadcastChannel is missing: then only this tab is cleared.
 */
let otherTabs: BroadcastChannel | undefined;

/** Started once with the app (main.tsx). */
export function listenForClearing() {
  try {
    otherTabs = new BroadcastChannel('depannage:effacer');
    otherTabs.onmessage = () => {
      clearSaved();
      window.location.reload();
    };
  } catch {
    otherTabs = undefined;
  }
}

/** Set when an ending clears and goes home, so the home page says it is done; see {@link clearedOnArrival}. */
let confirmOnHome = false;

/**
 * « Effacer mes réponses de ce navigateur »: everything this app keeps, in this tab and the
 * others. From an ending (`goHome`), the wizard is left too, so that the session it holds in
 * memory goes with it and the home page confirms.
 */
export function clearBrowser({ goHome }: { goHome: boolean }) {
  clearSaved();
  forgetCarriedOrigin();
  try {
    otherTabs?.postMessage('clear');
  } catch {
    // A closed channel: the other tabs keep theirs until they close or expire.
  }
  if (goHome) {
    confirmOnHome = true;
    window.location.hash = homeHref;
  }
}

/**
 * Whether the home page now opening follows a clearing from an ending. Read while rendering,
 * forgotten by {@link confirmedOnHome} once shown, so a later visit does not repeat it.
 */
export function clearedOnArrival(): boolean {
  return confirmOnHome;
}

export function confirmedOnHome() {
  confirmOnHome = false;
}
