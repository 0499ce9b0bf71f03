import type { FieldValues, Session, SessionEvent, StepView } from '../../src/engine';
import type { FlowFacts } from './flowFacts';
import type { FormInput, Intent, Text } from './intents';

function textOf(text: Text): string {
  return typeof text === 'string'
    ? text
    : text.unit.repeat(Math.ceil(text.length / text.unit.length)).slice(0, text.length);
}

function formInput(facts: FlowFacts, stateId: string, input: FormInput): FieldValues {
  const step = facts.flow.steps.get(stateId);
  const names = step?.step.kind === 'form' ? step.step.fields.map((field) => field.name) : [];
  const typed = new Map(
    names.map((name, index) => [name, input.values[index % input.values.length]] as const),
  );
  const sample = at(facts.samples.get(stateId) ?? [], input.sample) ?? {};
  // Object.fromEntries, not assignment: a key such as "__proto__" stays a key.
  return Object.fromEntries([
    ...Object.entries(sample).filter(([name]) => typed.get(name) === undefined),
    ...[...typed].flatMap(([name, value]) =>
      value === null || value === undefined ? [] : [[name, textOf(value)] as const],
    ),
    ...input.extra.map(([key, value]) => [key, textOf(value)] as const),
  ]);
}

function at<T>(items: readonly T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}

function sampleSubmit(
  facts: FlowFacts,
  stateId: string,
  pick: number,
  today: string,
): SessionEvent {
  // Off a form, a form of the flow still gives realistic values, which the step must ignore.
  const samples = facts.samples.get(stateId) ?? facts.samples.get(at(facts.forms, pick)?.id ?? '');
  return { type: 'SUBMIT', values: { ...at(samples ?? [], pick) }, today };
}

/** The event an intent means on the session as it is. */
export function resolveIntent(
  facts: FlowFacts,
  session: Session,
  view: StepView,
  intent: Intent,
): SessionEvent {
  switch (intent.kind) {
    case 'progress': {
      if (view.kind === 'form') return sampleSubmit(facts, view.stateId, intent.pick, intent.today);
      const offered = view.kind === 'question' || view.kind === 'instructions' ? view.answers : [];
      const event = at(offered, intent.pick)?.event ?? at(facts.events, intent.pick) ?? 'NONE';
      return { type: 'ANSWER', event };
    }
    case 'answerOfFlow':
      return { type: 'ANSWER', event: at([...facts.events, 'SUBMIT'], intent.pick) ?? 'SUBMIT' };
    case 'answerUnknown':
      return { type: 'ANSWER', event: intent.event };
    case 'submitSample':
      return sampleSubmit(facts, view.stateId, intent.pick, intent.today);
    case 'submitHostile':
      return {
        type: 'SUBMIT',
        values: formInput(facts, view.stateId, intent.input),
        today: intent.today,
      };
    case 'draft':
      return { type: 'DRAFT', values: formInput(facts, view.stateId, intent.input) };
    case 'back':
      return { type: 'BACK' };
    case 'forward':
      return { type: 'FORWARD' };
    case 'change':
      return {
        type: 'CHANGE',
        index: session.trail.length === 0 ? 0 : intent.pick % session.trail.length,
      };
    case 'changeAnyIndex':
      return { type: 'CHANGE', index: intent.index };
    case 'restart':
      return { type: 'RESTART' };
  }
}
