/**
 * The person's « Refuser la mesure d'audience », kept in this browser. Not under the app's
 * `depannage:` prefix: « Effacer mes réponses » erases answers, not this choice, which a
 * shared computer's next person finds as the previous one left it (and can change in the footer).
 */
const key = 'depannage-mesure';
const refused = 'refus';

/** `unavailable`: the browser keeps nothing, so a refusal could not be remembered. */
export type MeasureChoice = 'accepted' | 'refused' | 'unavailable';

export function measureChoice(): MeasureChoice {
  // The build's pre-rendered home page (src/ui/prerender/) is a first visit: nothing refused.
  if (typeof window === 'undefined') return 'accepted';
  try {
    return window.localStorage.getItem(key) === refused ? 'refused' : 'accepted';
  } catch {
    return 'unavailable';
  }
}

/** Nothing is measured but with storage to remember a refusal, and no refusal in it. */
export function measureRefused(): boolean {
  return measureChoice() !== 'accepted';
}

export function chooseMeasure(choice: 'accepted' | 'refused'): MeasureChoice {
  try {
    if (choice === 'refused') window.localStorage.setItem(key, refused);
    else window.localStorage.removeItem(key);
    return choice;
  } catch {
    return 'unavailable';
  }
}
