import { isDeepStrictEqual } from 'node:util';
import {
  stepView,
  typeset,
  validateFields,
  type Session,
  type SessionEvent,
  type StepView,
} from '../../../src/engine';
import { contextOf } from '../../../src/engine/session/snapshot';
import { check, checkEqual, sameEntries } from './check';
import { stateIdOf } from './checkSession';
import type { FlowFacts } from '../flowFacts';

/** One event sent: the sessions and views on each side, and what validation said of a SUBMIT on a form. */
export interface Move {
  before: Session;
  beforeView: StepView;
  event: SessionEvent;
  after: Session;
  afterView: StepView;
  validation: ReturnType<typeof validateFields> | undefined;
}

/** What the event must have done, given the session before and after. */
export function checkEvent(facts: FlowFacts, move: Move): void {
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
        // The session keeps codes; its view words them as validateFields does, typeset.
        const shown = stepView(after);
        checkEqual(
          shown.kind === 'form'
            ? Object.fromEntries(
                shown.fields.flatMap((f) => (f.error ? [[f.field.name, f.error]] : [])),
              )
            : {},
          Object.fromEntries(
            Object.entries(validation.errors).map(([name, message]) => [name, typeset(message)]),
          ),
          'an invalid submission shows other errors',
        );
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
