import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { FieldValues } from '../contract/schemas/fieldSchema';
import type { FlowModel, FlowStep } from '../flowModel';
import type { FlowEvent } from '../contract/flowSetup';
import { submitEvent } from '../contract/readTransitions';
import { stateIdOf } from './snapshot';
import type { FieldProblems } from '../fields/fieldProblem';
import { checkFields } from '../fields/validateFields';

/** One answered step: where the user was, and what they answered there. */
export interface TrailEntry {
  stateId: string;
  event: FlowEvent;
  /** The snapshot before the answer, so `back` restores context exactly. */
  before: AnyMachineSnapshot;
}

/** Checks reported by a flow the user left through « Ce n'était pas ça ? ». */
export interface Origin {
  flowTitle: string;
  checks: readonly { question: string; answer: string }[];
}

/**
 * A user's walk through one flow. Immutable: every operation returns a new session,
 * which makes back, change-and-return and replay simple and safe.
 */
export interface Session {
  flow: FlowModel;
  current: AnyMachineSnapshot;
  trail: readonly TrailEntry[];
  /** What was typed in each form, submitted or not, so it survives going back and forth. */
  drafts: Readonly<Record<string, FieldValues>>;
  /** What was wrong in the current form's last submission: codes, worded by `stepView`. */
  errors: FieldProblems;
  /** Set by `change`: the walk to return to once the changed step is answered again. */
  changing?: { from: number; trail: readonly TrailEntry[]; current: AnyMachineSnapshot };
  /** Answers undone by `back`, most recent last, so `forward` (the browser's) can redo them. */
  undone?: readonly TrailEntry[];
  origin?: Origin;
}

export function startSession(flow: FlowModel, origin?: Origin): Session {
  const [current] = initialTransition(flow.machine);
  return { flow, current, trail: [], drafts: {}, errors: {}, ...(origin ? { origin } : {}) };
}

/**
 * A session opened directly at a step, with the given fields, as if the user had got there:
 * the author's « Aperçu depuis ici » and the tests that render every step use it.
 */
export function startSessionAt(flow: FlowModel, stateId: string, fields: FieldValues): Session {
  const current = flow.machine.resolveState({ value: stateId, context: { fields } });
  return { flow, current, trail: [], drafts: {}, errors: {} };
}

export function currentStep(session: Session): FlowStep {
  const id = stateIdOf(session.current);
  const step = session.flow.steps.get(id);
  if (!step) throw new Error(`${session.flow.file}: state "${id}" has no step`);
  return step;
}

/** Sends one event; returns the session unchanged when the machine ignores it. */
function advance(session: Session, event: FlowEvent): Session {
  const [next] = transition(session.flow.machine, session.current, event);
  if (next === session.current) return session;
  const entry = { stateId: stateIdOf(session.current), event, before: session.current };
  const { changing, undone, ...rest } = session;
  const moved = { ...rest, current: next, trail: [...session.trail, entry], errors: {} };
  return changing ? replay(moved, changing.trail.slice(changing.from + 1)) : moved;
}

/**
 * After a change, re-applies the later answers while they still fit, so the user comes back
 * to where they were; it stops at the first step the change made different.
 */
export function replay(session: Session, entries: readonly TrailEntry[]): Session {
  let result = session;
  for (const entry of entries) {
    if (stateIdOf(result.current) !== entry.stateId) break;
    const next = advance(result, entry.event);
    if (next === result) break;
    result = next;
  }
  return result;
}

/** The user picked an answer of a question or instructions step. */
export function answer(session: Session, event: string): Session {
  const { step, answers } = currentStep(session);
  if (step.kind !== 'question' && step.kind !== 'instructions') return session;
  if (!answers.some((candidate) => candidate.event === event)) return session;
  return advance(session, { type: event });
}

/**
 * The user submitted a form: invalid values stay on screen with their errors, nothing is lost.
 * `replayed`: answers given earlier, replayed from a saved session or an agent's link.
 */
export function submit(
  session: Session,
  input: FieldValues,
  today: string,
  { replayed = false }: { replayed?: boolean } = {},
): Session {
  const { id, step } = currentStep(session);
  if (step.kind !== 'form') return session;
  const result = checkFields(step.fields, input, today, { rules: step.rules, replayed });
  if (!result.ok)
    return { ...session, drafts: { ...session.drafts, [id]: input }, errors: result.problems };
  const saved = { ...session, drafts: { ...session.drafts, [id]: result.values } };
  return advance(saved, { type: submitEvent, values: result.values });
}

/** Keeps what is being typed, so leaving the step (back, reload) does not lose it. */
export function saveDraft(session: Session, input: FieldValues): Session {
  const { id, step } = currentStep(session);
  if (step.kind !== 'form') return session;
  return { ...session, drafts: { ...session.drafts, [id]: input } };
}

/** Undoes exactly one answer, context included. Going back from a change returns to where the user was. */
export function back(session: Session): Session {
  const { changing, ...rest } = session;
  if (changing && session.trail.length === changing.from) {
    return { ...rest, trail: changing.trail, current: changing.current, errors: {} };
  }
  const last = session.trail.at(-1);
  if (!last) return session;
  return {
    ...session,
    current: last.before,
    trail: session.trail.slice(0, -1),
    errors: {},
    undone: [...(session.undone ?? []), last],
  };
}

/** Redoes the answer the last `back` undid: the browser's Forward button. */
export function forward(session: Session): Session {
  const next = session.undone?.at(-1);
  if (!next || session.changing || stateIdOf(session.current) !== next.stateId) return session;
  const moved = advance(session, next.event);
  return moved === session ? session : { ...moved, undone: session.undone?.slice(0, -1) ?? [] };
}

/** « Modifier »: returns to the step answered at `index` of the trail, then back here once it is answered. */
export function change(session: Session, index: number): Session {
  const entry = session.trail[index];
  if (!entry || session.changing) return session;
  const submitted = entry.event.values;
  return {
    ...session,
    drafts: submitted ? { ...session.drafts, [entry.stateId]: submitted } : session.drafts,
    current: entry.before,
    trail: session.trail.slice(0, index),
    errors: {},
    changing: { from: index, trail: session.trail, current: session.current },
  };
}

/** Starts over; the checks carried from a previous flow stay, they still belong in the ticket. */
export function restart(session: Session): Session {
  return startSession(session.flow, session.origin);
}
