import type { FieldMessages } from '../../engine';
import type { fr } from './fr';

/**
 * Every word of the person-facing pages, in one language: the shape of the French dictionary,
 * which the English one must have too (en.ts is typed with it: a key missing there, or one left
 * over, does not compile).
 */
export type Dictionary = typeof fr & {
  form: {
    /**
     * The engine's words about typed values. None in French: the engine's own are French
     * (src/engine/fields/frenchFieldMessages.ts), and come with the wizard, not the home page.
     */
    messages?: FieldMessages;
  };
};

/** The headings of a summary, in its language. */
export interface SummaryWords {
  subject: string;
  details: string;
  answers: string;
  checks: string;
  /** Above the checks carried from the procedure left through « Ce n'était pas ça ? ». */
  before: string;
  notProvided: string;
}

/** Words only an English page has: what French pages never need to say. */
export interface EnglishOnly {
  /** Above a procedure that has no English yet, shown in French. */
  untranslated: string;
  /** « Check your answers », when the ticket's review is in English. */
  review: SummaryWords;
  /** Above the French ticket: what it is, why it is in French, what each part says. */
  ticket: {
    heading: string;
    intro: string;
    /** Each part of the ticket, by its French heading in « », with what it says. */
    parts: readonly string[];
    /** What the copied text holds besides. */
    copied: string;
  };
}

/** The English chunk: loaded only when English is on (english/loadEnglish.ts). */
export interface English {
  text: Dictionary;
  only: EnglishOnly;
}
