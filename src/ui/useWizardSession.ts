import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useState } from 'react';
import {
  restoreSession,
  saveSession,
  sessionLogic,
  startSession,
  startSessionAt,
  type FieldValues,
  type FlowModel,
  type Origin,
  type RestoreNotice,
  type Session,
} from '../engine';
import { deferUntilPainted } from './deferUntilPainted';
import { localToday } from './localToday';
import { readSaved, writeSaved } from './savedSessions';

export interface WizardStart {
  flow: FlowModel;
  /** Checks carried from a flow left through « Ce n'était pas ça ? »: a fresh session with them. */
  origin?: Origin | undefined;
  /** The author's preview: open at a step with sample fields, and save nothing. */
  at?: { stateId: string; fields: FieldValues } | undefined;
}

function firstSession({ flow, origin, at }: WizardStart): {
  session: Session;
  notice?: RestoreNotice;
} {
  if (at) return { session: startSessionAt(flow, at.stateId, at.fields) };
  if (origin) return { session: startSession(flow, origin) };
  return restoreSession(flow, readSaved(flow.id), localToday()) ?? { session: startSession(flow) };
}

/**
 * The session of one wizard: restored from the browser when the user was already there,
 * saved again after every change, so a reload never loses an answer or a typed value.
 */
export function useWizardSession(start: WizardStart) {
  const [first] = useState(() => firstSession(start));
  const actor = useActorRef(sessionLogic, { input: first.session });
  const session = useSelector(actor, (snapshot) => snapshot.context);
  const preview = start.at !== undefined;

  useEffect(() => {
    if (preview) return undefined;
    // Saved after the step is painted, and at once if the page is hidden or goes away meanwhile.
    const write = () => {
      const { context } = actor.getSnapshot();
      writeSaved(context.flow.id, saveSession(context));
    };
    const save = deferUntilPainted(write);
    write();
    const subscription = actor.subscribe(save.schedule);
    window.addEventListener('pagehide', save.flush);
    document.addEventListener('visibilitychange', save.flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', save.flush);
      document.removeEventListener('visibilitychange', save.flush);
      save.flush();
    };
  }, [actor, preview]);

  return { actor, session, notice: first.notice };
}
