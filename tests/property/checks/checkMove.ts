import { isDeepStrictEqual } from 'node:util';
import { reduceSession, stepView } from '../../../src/engine';
import { check, checkEqual, sameEntries } from './check';
import { checkEvent, type Move } from './checkEvent';
import type { FlowFacts } from '../flowFacts';

/**
 * Everything one event must have done: what the event says (checkEvent), and, after a move or a
 * BACK, that the opposite move undoes it.
 */
export function checkMove(facts: FlowFacts, move: Move): void {
  checkEvent(facts, move);
  checkUndo(facts, move);
  checkRedo(move);
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
