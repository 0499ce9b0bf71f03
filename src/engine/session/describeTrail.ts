import type { Session } from './session';
import { stepLabel } from './stepLabel';
import { displayValue } from '../handOff/ticket';
import type { FlowTranslation } from '../i18n/flowTranslationSchema';
import { shownStep, type Language } from '../i18n/shownStep';
import { valueLabel } from '../i18n/valueLabel';

/** One answered step as the user (and the agent) reads it. */
export interface TrailItem {
  index: number;
  stateId: string;
  question: string;
  answer: string;
  /** The language of `question` and `answer`'s words (typed values are as typed). */
  lang: Language;
}

const keep = (text: string) => text;

/** What stands between a label and its value, and between two values, in each language. */
const separators = {
  fr: { colon: '\u202f: ', semicolon: '\u202f; ' },
  en: { colon: ': ', semicolon: '; ' },
} as const;

/**
 * The trail of answered steps, in order: the question asked and what was answered, a form's
 * values under their agent labels, since the trail is read by agents (the checks carried into
 * the generic ticket, the agent's view). The flow's words are typeset, typed values left as typed.
 * With a `translation`, each step whose English is whole reads in English (its values under
 * their English labels), for the person's own screen; agents' trails are built without one.
 */
export function describeTrail(session: Session, translation?: FlowTranslation): TrailItem[] {
  return session.trail.map((entry, index) => {
    const asked = session.flow.steps.get(entry.stateId);
    const shown = asked && shownStep(asked, translation);
    const lang = shown?.lang ?? 'fr';
    const { colon, semicolon } = separators[lang];
    const step = shown?.step;
    const question = step === undefined ? entry.stateId : stepLabel(step, keep);
    const fields = step?.kind === 'form' ? step.fields : [];
    const answer = entry.event.values
      ? fields
          .filter((field) => (entry.event.values?.[field.name] ?? '') !== '')
          .map(
            (field) =>
              `${valueLabel(field, lang)}${colon}${displayValue(field, entry.event.values?.[field.name] ?? '', keep)}`,
          )
          .join(semicolon)
      : (shown?.answers.find((candidate) => candidate.event === entry.event.type)?.summary ??
        entry.event.type);
    return { index, stateId: entry.stateId, question, answer, lang };
  });
}
