/**
 * Property-based tests of the session engine: random walks of `SessionEvent`s, most of them
 * meaningful (an answer the step offers, a valid sample submission), the rest hostile (unknown
 * events, oversized or malformed values, out-of-range indices), sent through `reduceSession`
 * into every flow. After every event the session must still be one the flow defines.
 *
 * A failure names the flow and prints the events as code to paste into a test:
 * `[...].reduce(reduceSession, startSession(flowById('…')))` replays it exactly.
 */
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  mailtoHref,
  decodeDiagnostic,
  diagnosticFragment,
  diagnosticPrefix,
  reduceSession,
  startSession,
  stepView,
  ticketJson,
  ticketText,
  validateFields,
  type FieldValues,
  type FlowModel,
  type FlowStep,
  type Session,
  type SessionEvent,
  type StepView,
  type TrailEntry,
} from '../../src/engine';
import { contextOf } from '../../src/engine/session/snapshot';
import { Wizard } from '../../src/ui/Wizard';
import { allFlows } from '../support/allFlows';
import { sampleSubmissions } from '../support/sampleValues';

/**
 * Walks per flow, 10,000 in all: `engineRuns` check the engine's invariants after every event,
 * `exportRuns` also build every ticket reached, `renderRuns` also render the step reached.
 */
const engineRuns = 9_000;
const exportRuns = 800;
const renderRuns = 200;
const maxEvents = 16;

// ---------------------------------------------------------------------------------------------
// What the generator draws: intents, resolved against the current session into real events, so
// that most of them mean something whatever the step (a "choice index" picks among what is there).
// Long strings stay abstract ({ unit, length }) so counter-examples print short and shrink well.

interface LongText {
  unit: string;
  length: number;
}
type Text = string | LongText;

interface FormInput {
  /** Which valid sample submission of the form to start from. */
  sample: number;
  /**
   * One entry per field of the form, in order (cycled): a value to type instead of the sample's,
   * `null` to leave the field out, `undefined` to keep the sample's value.
   */
  values: readonly (Text | null | undefined)[];
  /** Keys no field has. */
  extra: readonly (readonly [string, Text])[];
}

type Intent =
  /** The meaningful move here: an answer the step offers, or a valid sample submission. */
  | { kind: 'progress'; pick: number; today: string }
  /** Any answer event of the flow, whichever step it belongs to. */
  | { kind: 'answerOfFlow'; pick: number }
  /** An event name no step may know. */
  | { kind: 'answerUnknown'; event: string }
  | { kind: 'submitSample'; pick: number; today: string }
  | { kind: 'submitHostile'; input: FormInput; today: string }
  | { kind: 'draft'; input: FormInput }
  | { kind: 'back' }
  /** The browser's Forward: redoes what the last BACK undid. */
  | { kind: 'forward' }
  /** An index into the trail as it is, when there is one. */
  | { kind: 'change'; pick: number }
  /** Any index: negative, past the end, not an integer. */
  | { kind: 'changeAnyIndex'; index: number }
  | { kind: 'restart' };

/** A few days around the sample dates: before them, future dates and past ones become invalid. */
const todayArb = fc.constantFrom(
  '2026-11-25',
  '2026-11-02',
  '2027-03-01',
  '2030-01-01',
  '2025-06-15',
);

const pickArb = fc.nat({ max: 1_000 });

const longTextArb: fc.Arbitrary<LongText> = fc.record({
  unit: fc.constantFrom('a', 'é', ' ', '\n', '😀', 'ب', '<b>', '0'),
  // Around the limits of the flows' fields, and sometimes far past them (rarely: big strings are slow).
  length: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(29, 30, 31, 63, 64, 65, 199, 200, 201, 1_999, 2_000, 2_001),
    },
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 300 }) },
    { weight: 1, arbitrary: fc.integer({ min: 2_002, max: 100_000 }) },
    { weight: 1, arbitrary: fc.constant(100_000) },
  ),
});

const hostileTextArb: fc.Arbitrary<Text> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '   \t\n  ',
    '\u00a0\u2003',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '\u202eevil\u202c',
    'مرحبا بالعالم',
    'שלום עולם',
    '👩‍💻🔥🇫🇷',
    '\u200b',
    '\u0000',
    '\ud800',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '2026-11-26',
    '2099-12-31',
    '25/11/2026',
    '2026-11-25T10:00',
    'B12-034',
    'UM-PC-4242',
    '${x}{{x}}',
    "'; DROP TABLE tickets; --",
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  longTextArb,
);

const formInputArb: fc.Arbitrary<FormInput> = fc.record({
  sample: pickArb,
  values: fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 4, arbitrary: hostileTextArb },
    ),
    { minLength: 1, maxLength: 8 },
  ),
  extra: fc.array(
    fc.tuple(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('__proto__', 'constructor', 'toString'),
      ),
      hostileTextArb,
    ),
    { maxLength: 2 },
  ),
});

const screamingCaseArb = fc.stringMatching(/^[A-Z][A-Z0-9]{0,12}(_[A-Z0-9]{1,8}){0,3}$/);

const intentArb: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({ kind: fc.constant('progress'), pick: pickArb, today: todayArb }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('answerOfFlow'), pick: pickArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('answerUnknown'),
      event: fc.oneof(fc.string({ maxLength: 20 }), screamingCaseArb),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('submitSample'), pick: pickArb, today: todayArb }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('submitHostile'),
      input: formInputArb,
      today: todayArb,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('draft'), input: formInputArb }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('back') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('forward') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('change'), pick: pickArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('changeAnyIndex'),
      index: fc.oneof(
        fc.integer({ min: -1_000, max: 1_000 }),
        fc.constantFrom(-1, -0, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart') }) },
);

const intentsArb = fc.array(intentArb, { minLength: 1, maxLength: maxEvents, size: 'max' });

// ---------------------------------------------------------------------------------------------
// Resolving intents into events.

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

/** What is fixed for a flow: its answer events and the sample submissions of each form. */
interface FlowFacts {
  flow: FlowModel;
  events: readonly string[];
  forms: readonly FlowStep[];
  samples: ReadonlyMap<string, readonly FieldValues[]>;
  /** Step id → event → the steps it may lead to. */
  targets: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
}

function factsOf(flow: FlowModel): FlowFacts {
  const steps = [...flow.steps.values()];
  const forms = steps.filter(({ step }) => step.kind === 'form');
  const samples = new Map(
    forms.flatMap(({ id, step }) =>
      step.kind === 'form' ? [[id, sampleSubmissions(step)] as const] : [],
    ),
  );
  const targets = new Map(
    steps.map(({ id, answers }) => {
      const byEvent = new Map<string, Set<string>>();
      for (const { event, target } of answers)
        byEvent.set(event, new Set([...(byEvent.get(event) ?? []), target]));
      return [id, byEvent] as const;
    }),
  );
  const events = [...new Set(steps.flatMap(({ answers }) => answers.map(({ event }) => event)))];
  return { flow, events, forms, samples, targets };
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

function resolve(facts: FlowFacts, session: Session, view: StepView, intent: Intent): SessionEvent {
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

// ---------------------------------------------------------------------------------------------
// Replayable failure messages.

/** A long string as `'x'.repeat(n).slice(0, m)` when it is one short unit repeated. */
function stringSource(value: string): string {
  if (value.length <= 80) return JSON.stringify(value);
  for (let size = 1; size <= 8; size++) {
    const unit = value.slice(0, size);
    const count = Math.ceil(value.length / size);
    if (unit.repeat(count).slice(0, value.length) === value) {
      const repeated = `${JSON.stringify(unit)}.repeat(${count})`;
      return count * size === value.length ? repeated : `${repeated}.slice(0, ${value.length})`;
    }
  }
  return JSON.stringify(value);
}

function numberSource(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (Object.is(value, -0)) return '-0';
  return Number.isFinite(value) ? String(value) : value > 0 ? 'Infinity' : '-Infinity';
}

function valuesSource(fields: FieldValues): string {
  const entries = Object.entries(fields).map(
    ([key, value]) => `${JSON.stringify(key)}: ${stringSource(value)}`,
  );
  return `{ ${entries.join(', ')} }`;
}

function eventSource(event: SessionEvent): string {
  switch (event.type) {
    case 'ANSWER':
      return `{ type: 'ANSWER', event: ${stringSource(event.event)} }`;
    case 'SUBMIT':
      return `{ type: 'SUBMIT', values: ${valuesSource(event.values)}, today: '${event.today}' }`;
    case 'DRAFT':
      return `{ type: 'DRAFT', values: ${valuesSource(event.values)} }`;
    case 'CHANGE':
      return `{ type: 'CHANGE', index: ${numberSource(event.index)} }`;
    case 'BACK':
    case 'FORWARD':
    case 'RESTART':
      return `{ type: '${event.type}' }`;
  }
}

function replaySource(flowId: string, events: readonly SessionEvent[]): string {
  const list = events.map((event, index) => `  /* ${index} */ ${eventSource(event)},`).join('\n');
  return `const events: SessionEvent[] = [\n${list}\n];\nevents.reduce(reduceSession, startSession(flowById('${flowId}')));`;
}

class PropertyFailure extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new PropertyFailure(message);
}

/** Trails compared entry by entry, by identity: entries hold snapshots, too big to compare deeply. */
function sameEntries(actual: readonly TrailEntry[], expected: readonly TrailEntry[]): boolean {
  return (
    actual.length === expected.length && actual.every((entry, index) => entry === expected[index])
  );
}

function checkEqual(actual: unknown, expected: unknown, message: string): void {
  if (isDeepStrictEqual(actual, expected)) return;
  expect(actual, message).toEqual(expected);
}

// ---------------------------------------------------------------------------------------------
// The invariants.

function stateIdOf(session: Session): string {
  return String(session.current.value);
}

function isEnding(step: FlowStep): boolean {
  return step.step.kind === 'resolution' || step.step.kind === 'ticket';
}

/** Holds for any session reachable from `startSession`, whatever happened before. */
function checkSession(facts: FlowFacts, session: Session): StepView {
  const { flow } = facts;
  const stateId = stateIdOf(session);
  const step = flow.steps.get(stateId);
  check(step !== undefined, `state "${stateId}" is not a step of the flow`);
  const { status } = session.current;
  check(status === 'active' || status === 'done', `snapshot status is "${status}"`);
  check(
    (status === 'done') === isEnding(step),
    `status "${status}" on a ${step.step.kind} step "${stateId}"`,
  );

  const { trail } = session;
  check(trail.length >= 0, 'trail length is negative');
  trail.forEach((entry, index) => {
    check(flow.steps.has(entry.stateId), `trail[${index}] is at "${entry.stateId}", not a step`);
    check(
      String(entry.before.value) === entry.stateId,
      `trail[${index}] is at "${entry.stateId}" but its snapshot at "${String(entry.before.value)}"`,
    );
    const next = trail[index + 1]?.stateId ?? stateId;
    const reachable = facts.targets.get(entry.stateId)?.get(entry.event.type);
    check(
      reachable?.has(next) === true,
      `trail[${index}]: ${entry.event.type} at "${entry.stateId}" cannot lead to "${next}"`,
    );
  });
  check(
    trail.length === 0 || trail[0]?.stateId === flow.initial,
    `the trail starts at "${trail[0]?.stateId ?? ''}", not at the first step "${flow.initial}"`,
  );
  if (session.changing) {
    check(
      trail.length === session.changing.from &&
        session.changing.from < session.changing.trail.length,
      `changing from ${session.changing.from} with a trail of ${trail.length} (was ${session.changing.trail.length})`,
    );
    check(flow.steps.has(String(session.changing.current.value)), 'changing returns to no step');
  }
  for (const entry of session.undone ?? [])
    check(flow.steps.has(entry.stateId), `an undone answer is at "${entry.stateId}", not a step`);
  for (const name of Object.keys(session.errors)) {
    check(
      step.step.kind === 'form' && step.step.fields.some((field) => field.name === name),
      `error on "${name}", which is no field of "${stateId}"`,
    );
  }

  const view = stepView(session);
  check(view.stateId === stateId, `view of "${view.stateId}" on state "${stateId}"`);
  check(view.kind === step.step.kind, `a ${view.kind} view of a ${step.step.kind} step`);
  check(
    view.stepNumber === trail.length + 1,
    `step number ${view.stepNumber}, trail ${trail.length}`,
  );
  check(
    view.restartErases ===
      (view.kind === 'ticket'
        ? 'ticket'
        : Object.values(session.drafts).some((values) =>
              Object.values(values).some((value) => value.trim() !== ''),
            )
          ? 'typing'
          : 'nothing'),
    'restartErases does not follow the typed values and the ticket',
  );
  check(view.trail.length === trail.length, 'the view lists another trail');
  check(
    view.canGoBack === (trail.length > 0 || session.changing !== undefined),
    'canGoBack is wrong',
  );
  return view;
}

function headingOf(view: StepView): string {
  return view.kind === 'question' ? view.step.prompt : view.step.title;
}

/** One event sent: the sessions and views on each side, and what validation said of a SUBMIT on a form. */
interface Move {
  before: Session;
  beforeView: StepView;
  event: SessionEvent;
  after: Session;
  afterView: StepView;
  validation: ReturnType<typeof validateFields> | undefined;
}

function validationOf(facts: FlowFacts, view: StepView, event: SessionEvent) {
  const step = facts.flow.steps.get(view.stateId);
  return event.type === 'SUBMIT' && step?.step.kind === 'form'
    ? validateFields(step.step.fields, event.values, event.today, { rules: step.step.rules })
    : undefined;
}

/** What the event must have done, given the session before and after. */
function checkEvent(facts: FlowFacts, move: Move): void {
  const { before, beforeView, event, after, validation } = move;
  const moved = after.trail.length !== before.trail.length || after.current !== before.current;
  switch (event.type) {
    case 'ANSWER': {
      const offered =
        (beforeView.kind === 'question' || beforeView.kind === 'instructions') &&
        beforeView.answers.some((candidate) => candidate.event === event.event);
      check(
        offered === moved,
        offered
          ? 'an answer the step offers did nothing'
          : 'an answer the step does not offer moved',
      );
      if (!offered) check(after === before, 'an ignored answer changed the session');
      break;
    }
    case 'SUBMIT': {
      if (validation === undefined) {
        check(after === before, 'a submission off a form changed the session');
      } else if (!validation.ok) {
        check(!moved, 'an invalid submission moved');
        checkEqual(after.errors, validation.errors, 'an invalid submission shows other errors');
        check(
          after.drafts[beforeView.stateId] === event.values,
          'an invalid submission is not kept as typed',
        );
      } else {
        check(moved, 'a valid submission did nothing');
        // What is saved is already clean: validating it again changes nothing.
        const step = facts.flow.steps.get(beforeView.stateId);
        const form = step?.step.kind === 'form' ? step.step : undefined;
        checkEqual(
          validateFields(form?.fields ?? [], validation.values, event.today, {
            rules: form?.rules,
          }),
          validation,
          'saved values are not a fixed point of validation',
        );
      }
      break;
    }
    case 'DRAFT': {
      check(after.current === before.current && after.trail === before.trail, 'a draft moved');
      if (beforeView.kind === 'form')
        check(after.drafts[beforeView.stateId] === event.values, 'the draft is not kept');
      else check(after === before, 'a draft off a form changed the session');
      break;
    }
    case 'BACK': {
      const { changing } = before;
      const last = before.trail.at(-1);
      if (changing && before.trail.length === changing.from) {
        check(
          after.current === changing.current,
          'abandoning a change does not return to where it was',
        );
        check(after.trail === changing.trail, 'abandoning a change loses the trail');
      } else if (last) {
        check(
          after.current === last.before,
          'BACK does not restore the snapshot before the last answer',
        );
        check(
          sameEntries(after.trail, before.trail.slice(0, -1)),
          'BACK does not drop exactly the last answer',
        );
        check(after.undone?.at(-1) === last, 'BACK does not keep the answer for FORWARD');
      } else {
        check(after === before, 'BACK at the first step changed the session');
        break;
      }
      checkEqual(after.errors, {}, 'BACK keeps errors');
      break;
    }
    case 'FORWARD': {
      const redo = before.undone?.at(-1);
      if (!redo || before.changing || stateIdOf(before) !== redo.stateId) {
        check(after === before, 'FORWARD with nothing to redo here changed the session');
        break;
      }
      check(after.trail.length === before.trail.length + 1, 'FORWARD does not add one answer');
      const redone = after.trail.at(-1);
      check(
        redone?.before === before.current && isDeepStrictEqual(redone.event, redo.event),
        'FORWARD does not redo the answer BACK undid',
      );
      check(
        sameEntries(after.undone ?? [], before.undone?.slice(0, -1) ?? []),
        'FORWARD does not consume exactly one undone answer',
      );
      break;
    }
    case 'CHANGE': {
      const valid =
        Number.isInteger(event.index) &&
        event.index >= 0 &&
        event.index < before.trail.length &&
        before.changing === undefined;
      if (!valid) {
        check(
          after === before,
          `CHANGE ${event.index} (trail ${before.trail.length}) changed the session`,
        );
        break;
      }
      const entry = before.trail[event.index];
      check(after.current === entry?.before, 'CHANGE does not return to the changed step');
      check(after.trail.length === event.index, 'CHANGE keeps later answers in the trail');
      break;
    }
    case 'RESTART': {
      check(after.trail.length === 0, 'the trail is not empty after RESTART');
      check(stateIdOf(after) === facts.flow.initial, 'RESTART is not at the first step');
      check(after.changing === undefined, 'RESTART keeps a change going');
      checkEqual(after.drafts, {}, 'RESTART keeps drafts');
      checkEqual(after.errors, {}, 'RESTART keeps errors');
      checkEqual(contextOf(after.current).fields, {}, 'RESTART keeps fields');
      break;
    }
  }
}

/**
 * BACK right after a move (an ANSWER or SUBMIT that changed the trail's length) undoes it: the
 * same snapshot object, the same trail entries, the same view. Two differences are by design:
 * - after a SUBMIT, the form shows what was just submitted (as validated), without the errors
 *   of an earlier attempt (`drafts` keep what was typed, submitted or not);
 * - a move made while changing an earlier answer completes the change (and replays the later
 *   answers that still fit): BACK then undoes the last answer of the walk, as anywhere else.
 */
function checkUndo(facts: FlowFacts, move: Move): void {
  const { before, beforeView, event, after, afterView, validation } = move;
  if (event.type !== 'ANSWER' && event.type !== 'SUBMIT') return;
  if (after.trail.length === before.trail.length) return;
  const undone = reduceSession(after, { type: 'BACK' });
  if (before.changing) {
    const back = { type: 'BACK' } as const;
    checkEvent(facts, {
      before: after,
      beforeView: afterView,
      event: back,
      after: undone,
      afterView: afterView,
      validation: undefined,
    });
    return;
  }
  check(undone.current === before.current, 'BACK after a move does not restore the same snapshot');
  check(
    sameEntries(undone.trail, before.trail),
    'BACK after a move does not restore the same trail entries',
  );
  const expected = validation?.ok
    ? stepView({
        ...before,
        drafts: { ...before.drafts, [beforeView.stateId]: validation.values },
        errors: {},
      })
    : beforeView;
  checkEqual(stepView(undone), expected, 'BACK after a move does not return the previous view');
}

/**
 * FORWARD right after a BACK that undid an answer redoes it: the same step and view as before
 * the BACK (without the errors of a failed submission there, which BACK clears).
 */
function checkRedo(move: Move): void {
  const { before, beforeView, event, after } = move;
  if (event.type !== 'BACK' || before.changing || before.trail.length === 0) return;
  const redone = reduceSession(after, { type: 'FORWARD' });
  check(redone.trail.length === before.trail.length, 'FORWARD after BACK does not redo the answer');
  check(
    redone.trail.every(
      (entry, index) =>
        entry.before === before.trail[index]?.before &&
        isDeepStrictEqual(entry.event, before.trail[index].event),
    ),
    'FORWARD after BACK does not restore the same answers',
  );
  const expected =
    Object.keys(before.errors).length === 0 ? beforeView : stepView({ ...before, errors: {} });
  checkEqual(stepView(redone), expected, 'FORWARD after BACK does not return the view before BACK');
}

/**
 * A ticket step's outputs, as the UI builds them on every render of the step; the agent's link
 * reads back to exactly the answers given, whatever was typed (lone surrogates included).
 */
function checkTicketExports(view: StepView): void {
  if (view.kind !== 'ticket') return;
  const preparedOn = '2026-11-25';
  const fragment = diagnosticFragment(view.ticket, preparedOn);
  const context = { preparedOn, agentLink: `https://depannage.test/${fragment}` };
  ticketText(view.ticket, context);
  JSON.stringify(ticketJson(view.ticket));
  mailtoHref(view.ticket, 'assistance@exemple.fr', context);
  const decoded = decodeDiagnostic(fragment.slice(diagnosticPrefix.length));
  check(decoded.ok, 'the agent’s link of a ticket does not decode');
  checkEqual(
    decoded.record.events,
    view.ticket.events,
    'the agent’s link does not carry the answers given',
  );
}

interface Walk {
  session: Session;
  view: StepView;
  events: SessionEvent[];
}

function failure(facts: FlowFacts, events: readonly SessionEvent[], what: string, error: unknown) {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new Error(
    `flow "${facts.flow.id}": ${what}: ${reason}\nReplay:\n${replaySource(facts.flow.id, events)}`,
    { cause: error },
  );
}

/**
 * Sends the intents in turn, checking every invariant after each event (and, with
 * `exportTickets`, every ticket reached); throws a report with the events to replay.
 */
function walk(facts: FlowFacts, intents: readonly Intent[], exportTickets = false): Walk {
  let session = startSession(facts.flow);
  let view = checkSession(facts, session);
  const events: SessionEvent[] = [];
  for (const intent of intents) {
    const event = resolve(facts, session, view, intent);
    events.push(event);
    try {
      const after = reduceSession(session, event);
      const afterView = checkSession(facts, after);
      const validation = validationOf(facts, view, event);
      const move = { before: session, beforeView: view, event, after, afterView, validation };
      checkEvent(facts, move);
      checkUndo(facts, move);
      checkRedo(move);
      if (exportTickets) checkTicketExports(afterView);
      session = after;
      view = afterView;
    } catch (error) {
      throw failure(facts, events, `event ${events.length - 1} failed`, error);
    }
  }
  return { session, view, events };
}

// ---------------------------------------------------------------------------------------------

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(allFlows.map((flow) => [flow.id, factsOf(flow)] as const))('%s', (_, facts) => {
  it(`keeps every invariant over ${engineRuns} random walks`, { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(intentsArb, (intents) => {
        walk(facts, intents);
      }),
      { numRuns: engineRuns },
    );
  });

  it(`exports every ticket reached by ${exportRuns} random walks`, { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(intentsArb, (intents) => {
        walk(facts, intents, true);
      }),
      { numRuns: exportRuns },
    );
  });

  it(`renders the step reached by ${renderRuns} random walks`, { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(intentsArb, (intents) => {
        const { session, view, events } = walk(facts, intents);
        const errors = vi.spyOn(console, 'error');
        const preview = { stateId: view.stateId, fields: contextOf(session.current).fields };
        try {
          const { container } = render(
            <Wizard flow={facts.flow} origin={undefined} at={preview} />,
          );
          const headings = [...container.querySelectorAll('h1')].map((h1) => h1.textContent);
          check(
            isDeepStrictEqual(headings, [headingOf(view)]),
            `h1 ${JSON.stringify(headings)}, expected ${JSON.stringify(headingOf(view))}`,
          );
          check(errors.mock.calls.length === 0, `console.error: ${String(errors.mock.calls[0])}`);
        } catch (error) {
          const at = `{ stateId: '${preview.stateId}', fields: ${valuesSource(preview.fields)} }`;
          throw failure(facts, events, `rendering <Wizard at={${at}} /> failed`, error);
        } finally {
          cleanup();
          errors.mockRestore();
        }
      }),
      { numRuns: renderRuns },
    );
  });
});
