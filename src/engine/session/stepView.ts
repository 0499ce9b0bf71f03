import { buildSchedule, type ScheduleView } from '../fields/buildSchedule';
import { describeTrail, type TrailItem } from './describeTrail';
import type { Field } from '../contract/schemas/fieldSchema';
import type { Answer } from '../flowModel';
import { currentStep, type Session } from './session';
import { contextOf } from './snapshot';
import type {
  FormStep,
  InstructionsStep,
  QuestionStep,
  ResolutionStep,
  TicketStep,
} from '../contract/schemas/stepSchema';
import { problemMessage, type FieldMessages } from '../fields/fieldProblem';
import { frenchFieldMessages } from '../fields/frenchFieldMessages';
import { buildTicket, type Ticket } from '../handOff/ticket';
import type { FlowTranslation } from '../i18n/flowTranslationSchema';
import { reviewTicket, type TicketReview } from '../i18n/reviewTicket';
import { shownStep, type Language } from '../i18n/shownStep';
import { typeset } from '../text/typeset';
import { typesetEnglish } from '../text/typesetEnglish';

export interface FieldView {
  field: Field;
  value: string;
  error?: string;
}

interface ViewBase {
  stateId: string;
  flowId: string;
  flowTitle: string;
  /** 1 for the first step. */
  stepNumber: number;
  /**
   * What « Recommencer » would erase that the person would miss: the ticket prepared on this
   * step, or a value typed in a form (the drafts keep every form's values, submitted or not).
   * Answers given with a button are quick to give again.
   */
  restartErases: 'nothing' | 'typing' | 'ticket';
  canGoBack: boolean;
  /** True while the user changes an earlier answer from the summary. */
  changing: boolean;
  /** The steps answered so far, in order. */
  trail: readonly TrailItem[];
  /**
   * The language of the step's texts (and of `flowTitle`): English when asked for and the
   * translation gives every text of the step and the flow's title, else French.
   */
  lang: Language;
}

/**
 * What the UI renders for the current step, whatever the flow: a union on `kind`. Every text
 * the flow gives is typeset (French spaces and apostrophes, see `typeset`; English ones with
 * `typesetEnglish`); values the person typed are given back as typed. A ticket ending's `ticket`
 * is always the French one, the agent's; `review` is what the person checks, in `lang`.
 */
export type StepView = ViewBase &
  (
    | { kind: 'question'; step: QuestionStep; answers: readonly Answer[] }
    | { kind: 'instructions'; step: InstructionsStep; answers: readonly Answer[] }
    | { kind: 'form'; step: FormStep; fields: readonly FieldView[] }
    | { kind: 'resolution'; step: ResolutionStep; schedule?: ScheduleView }
    | { kind: 'ticket'; step: TicketStep; ticket: Ticket; review: TicketReview }
  );

export type StepKind = StepView['kind'];

function hasTyped(session: Session): boolean {
  return Object.values(session.drafts).some((values) =>
    Object.values(values).some((value) => value.trim() !== ''),
  );
}

/** The flow's title in English, when its translation gives it. */
function englishTitle(session: Session, translation: FlowTranslation): string | undefined {
  const { title } = session.flow.meta;
  return Object.hasOwn(translation.flow, title) ? translation.flow[title] : undefined;
}

/**
 * The language the person reads in, the flow's English when it is loaded, and the engine's own
 * words in that language.
 */
export interface ViewLanguage {
  /** English: a ticket stays French, and says in one line that the person reads English. */
  language: Language;
  translation?: FlowTranslation;
  /**
   * The words of field errors and of a schedule's dates on a step shown in English; French
   * (`frenchFieldMessages`) by default and on a step shown in French, so that a French step
   * reads wholly in French. The UI's English dictionary gives English ones (src/ui/i18n/english/en.ts).
   */
  messages?: FieldMessages;
}

/**
 * The current step as the UI renders it, in `language` where the translation allows (see
 * `lang`): a step without its whole English is shown in French. The ticket is built from the
 * French flow whatever the language.
 */
export function stepView(
  session: Session,
  { language, translation, messages = frenchFieldMessages }: ViewLanguage = { language: 'fr' },
): StepView {
  const current = currentStep(session);
  const { id, step: written } = current;
  const english = language === 'en' ? translation : undefined;
  const title = english && englishTitle(session, english);
  const shown = shownStep(current, title === undefined ? undefined : english);
  const { step, lang } = shown;
  const wording = lang === 'en' ? messages : frenchFieldMessages;
  const stepNumber = session.trail.length + 1;
  const base: ViewBase = {
    stateId: id,
    flowId: session.flow.id,
    flowTitle:
      lang === 'en' && title !== undefined
        ? typesetEnglish(title)
        : typeset(session.flow.meta.title),
    stepNumber,
    restartErases: step.kind === 'ticket' ? 'ticket' : hasTyped(session) ? 'typing' : 'nothing',
    canGoBack: session.trail.length > 0 || session.changing !== undefined,
    changing: session.changing !== undefined,
    trail: describeTrail(session, english),
    lang,
  };
  switch (step.kind) {
    case 'question':
    case 'instructions': {
      // Guards may disable an answer for this user's context: offer only what leads somewhere.
      // Guarded branches of one event are one answer: XState takes the first whose guard passes.
      const enabled = shown.answers.filter(
        (candidate, index, all) =>
          all.findIndex((other) => other.event === candidate.event) === index &&
          session.current.can({ type: candidate.event }),
      );
      return step.kind === 'question'
        ? { ...base, kind: step.kind, step, answers: enabled }
        : { ...base, kind: step.kind, step, answers: enabled };
    }
    case 'form': {
      const typed = session.drafts[id];
      const saved = contextOf(session.current).fields;
      const fields = step.fields.map((field) => {
        const problem = session.errors[field.name];
        const message = problem && problemMessage(problem, field, step, wording);
        // The flow's own messages come typeset with the step; the engine's French ones are not.
        const error =
          message === undefined || wording !== frenchFieldMessages ? message : typeset(message);
        const value = typed?.[field.name] ?? saved[field.name] ?? '';
        return error === undefined ? { field, value } : { field, value, error };
      });
      return { ...base, kind: step.kind, step, fields };
    }
    case 'resolution': {
      const schedule =
        step.schedule &&
        buildSchedule(step.schedule, contextOf(session.current).fields, wording.longDate);
      return schedule
        ? { ...base, kind: step.kind, step, schedule }
        : { ...base, kind: step.kind, step };
    }
    case 'ticket': {
      // The agent's ticket, from the French step whatever the person reads (`written` is this
      // same ticket step: only its language may differ from `step`'s).
      const ticket = buildTicket(session, written.kind === 'ticket' ? written : step, language);
      const review = reviewTicket(
        session,
        ticket,
        step,
        lang === 'en' ? english : undefined,
        wording.approximate,
      );
      return { ...base, kind: step.kind, step, ticket, review };
    }
  }
}
