import { buildSchedule, type ScheduleView } from '../fields/buildSchedule';
import { describeTrail, type TrailItem } from './describeTrail';
import type { Field } from '../contract/fieldSchema';
import type { Answer } from '../flowModel';
import { currentStep, type Session } from './session';
import { contextOf } from './snapshot';
import type {
  FormStep,
  InstructionsStep,
  QuestionStep,
  ResolutionStep,
  Step,
  TicketStep,
} from '../contract/stepSchema';
import { buildTicket, type Ticket } from '../handOff/ticket';
import { mapStepTexts } from '../text/mapStepTexts';
import { typeset } from '../text/typeset';

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
}

/**
 * What the UI renders for the current step, whatever the flow: a union on `kind`. Every text
 * the flow gives is typeset (French spaces and apostrophes, see `typeset`); values the person
 * typed are given back as typed.
 */
export type StepView = ViewBase &
  (
    | { kind: 'question'; step: QuestionStep; answers: readonly Answer[] }
    | { kind: 'instructions'; step: InstructionsStep; answers: readonly Answer[] }
    | { kind: 'form'; step: FormStep; fields: readonly FieldView[] }
    | { kind: 'resolution'; step: ResolutionStep; schedule?: ScheduleView }
    | { kind: 'ticket'; step: TicketStep; ticket: Ticket }
  );

export type StepKind = StepView['kind'];

function hasTyped(session: Session): boolean {
  return Object.values(session.drafts).some((values) =>
    Object.values(values).some((value) => value.trim() !== ''),
  );
}

/**
 * `edit` once per object: a flow's steps and answers never change, and a view is built at every
 * render (and, in the property tests, several times per event), each time with the same texts.
 */
function once<T extends object>(edit: (written: T) => T): (written: T) => T {
  const edited = new WeakMap<T, T>();
  return (written) => {
    const known = edited.get(written);
    if (known) return known;
    const result = edit(written);
    edited.set(written, result);
    return result;
  };
}

/** An answer as its button and the ticket read it. */
const typesetAnswer = once((answer: Answer): Answer => ({
  ...answer,
  label: typeset(answer.label),
  summary: typeset(answer.summary),
}));

const typesetStep = once((written: Step) => mapStepTexts(written, typeset));

export function stepView(session: Session): StepView {
  const { id, step: written, answers } = currentStep(session);
  const step = typesetStep(written);
  const stepNumber = session.trail.length + 1;
  const base: ViewBase = {
    stateId: id,
    flowId: session.flow.id,
    flowTitle: typeset(session.flow.meta.title),
    stepNumber,
    restartErases: step.kind === 'ticket' ? 'ticket' : hasTyped(session) ? 'typing' : 'nothing',
    canGoBack: session.trail.length > 0 || session.changing !== undefined,
    changing: session.changing !== undefined,
    trail: describeTrail(session),
  };
  switch (step.kind) {
    case 'question':
    case 'instructions': {
      // Guards may disable an answer for this user's context: offer only what leads somewhere.
      // Guarded branches of one event are one answer: XState takes the first whose guard passes.
      const enabled = answers
        .filter(
          (candidate, index) =>
            answers.findIndex((other) => other.event === candidate.event) === index &&
            session.current.can({ type: candidate.event }),
        )
        .map(typesetAnswer);
      return step.kind === 'question'
        ? { ...base, kind: step.kind, step, answers: enabled }
        : { ...base, kind: step.kind, step, answers: enabled };
    }
    case 'form': {
      const typed = session.drafts[id];
      const saved = contextOf(session.current).fields;
      const fields = step.fields.map((field) => {
        const message = session.errors[field.name];
        const error = message === undefined ? undefined : typeset(message);
        const value = typed?.[field.name] ?? saved[field.name] ?? '';
        return error === undefined ? { field, value } : { field, value, error };
      });
      return { ...base, kind: step.kind, step, fields };
    }
    case 'resolution': {
      const schedule =
        step.schedule && buildSchedule(step.schedule, contextOf(session.current).fields);
      return schedule
        ? { ...base, kind: step.kind, step, schedule }
        : { ...base, kind: step.kind, step };
    }
    case 'ticket':
      return { ...base, kind: step.kind, step, ticket: buildTicket(session, step) };
  }
}
