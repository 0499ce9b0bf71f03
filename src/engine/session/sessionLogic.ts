import { fromTransition } from 'xstate';
import type { FieldValues } from '../contract/schemas/fieldSchema';
import { answer, back, change, forward, restart, saveDraft, submit, type Session } from './session';

/** Everything a user can do in a flow, as events, so any UI (or a test) drives the session the same way. */
export type SessionEvent =
  | { type: 'ANSWER'; event: string }
  | { type: 'SUBMIT'; values: FieldValues; today: string }
  | { type: 'DRAFT'; values: FieldValues }
  | { type: 'BACK' }
  | { type: 'FORWARD' }
  | { type: 'CHANGE'; index: number }
  | { type: 'RESTART' };

export function reduceSession(session: Session, event: SessionEvent): Session {
  switch (event.type) {
    case 'ANSWER':
      return answer(session, event.event);
    case 'SUBMIT':
      return submit(session, event.values, event.today);
    case 'DRAFT':
      return saveDraft(session, event.values);
    case 'BACK':
      return back(session);
    case 'FORWARD':
      return forward(session);
    case 'CHANGE':
      return change(session, event.index);
    case 'RESTART':
      return restart(session);
  }
}

/**
 * The session as an XState actor, so React subscribes with @xstate/react like to any other
 * actor. Its input is the session to start from: new, restored, or opened at a step.
 */
export const sessionLogic = fromTransition(reduceSession, ({ input }: { input: Session }) => input);
