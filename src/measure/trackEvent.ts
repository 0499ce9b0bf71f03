import type { StepKind } from '../engine';

/** How a procedure was reached from the home page; « lien » is a link or a page (re)loaded on it. */
export type OpenedFrom = 'liste' | 'recherche' | 'reprise' | 'lien' | 'autre';

/** What a person did to carry their request to the desk, or to get help from an ending. */
export type HandOffAction =
  | 'copie'
  | 'txt'
  | 'e-mail'
  | 'centre-de-services'
  | 'formulaire'
  | 'telephone'
  | 'ouvrir-un-ticket';

/**
 * What the UI tells the measurement, in its own terms: ids of flows and states, kinds, choices.
 * The one free text, a search query, is mapped to its length unless the settings allow it.
 */
export type TrackEvent =
  /** A link of the home page was followed: the next procedure opened came from there. */
  | { type: 'choose'; from: 'liste' | 'recherche' | 'reprise' }
  /** The home page shown. */
  | { type: 'home' }
  /**
   * A step shown by a live wizard. `first`: the wizard's first screen (the procedure opened);
   * `navigated`: the app had changed screens before, so it was not opened by a link.
   */
  | {
      type: 'step';
      flowId: string;
      version: string;
      stateId: string;
      kind: StepKind;
      first: boolean;
      navigated: boolean;
    }
  | { type: 'action'; action: HandOffAction }
  | { type: 'restart' }
  /** « Cette procédure vous a-t-elle aidé ? » */
  | { type: 'helped'; helped: boolean }
  /** A query the person stopped typing, and how many procedures it found. */
  | { type: 'search'; query: string; results: number };
