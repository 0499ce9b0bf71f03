import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useState } from 'react';
import {
  restoreSession,
  resumeSession,
  saveSession,
  sessionLogic,
  startSession,
  startSessionAt,
  type FieldValues,
  type FlowModel,
  type Origin,
  type Session,
} from '../../engine';
import { localToday } from '../localToday';
import type { WizardNotice } from '../wizard/wizardNotices';
import { readSaved } from './readSavedSessions';
import { saveAfterPaint, writePending } from './savedSessions';

export interface WizardStart {
  flow: FlowModel;
  /** Checks carried from a flow left through « Ce n'était pas ça ? »: a fresh session with them. */
  origin?: Origin | undefined;
  /** The author's preview: open at a step with sample fields, and save nothing. */
  at?: { stateId: string; fields: FieldValues } | undefined;
  /**
   * Whether a finished session of this tab may reopen: only on this tab's Back or reload (a URL
   * with a step number). Opening the procedure anew never shows the previous person's ending.
   */
  reopenFinished?: boolean | undefined;
  /** A link from another device (« Continuer sur mon téléphone »): its record, as typed. */
  resume?: string | undefined;
}

function firstSession({ flow, origin, at, reopenFinished = false, resume }: WizardStart): {
  session: Session;
  notice?: WizardNotice;
  savedAt?: number;
} {
  if (at) return { session: startSessionAt(flow, at.stateId, at.fields) };
  // The link wins over what this browser saved of the flow: the person has just chosen it.
  if (resume !== undefined) {
    const resumed = resumeSession(flow, resume);
    if (!resumed.ok)
      return {
        session: startSession(flow),
        notice: resumed.problem === 'stale' ? 'linkStale' : 'linkBroken',
      };
    return { session: resumed.session, notice: resumed.partial ? 'linkPartial' : 'linkResumed' };
  }
  if (origin) return { session: startSession(flow, origin) };
  const saved = readSaved(flow.id, { finishedToo: reopenFinished });
  return restoreSession(flow, saved, localToday()) ?? { session: startSession(flow) };
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
    const { id } = actor.getSnapshot().context.flow;
    // The expiry counts from the last change (an answer, a typed value), not from a reopening:
    // otherwise anyone opening the procedure would keep the previous person's answers longer.
    let changedAt = first.savedAt ?? Date.now();
    const latest = () => saveSession(actor.getSnapshot().context, changedAt);
    const save = () => {
      saveAfterPaint(id, latest);
    };
    save();
    const subscription = actor.subscribe(() => {
      changedAt = Date.now();
      save();
    });
    // Right away when the page is hidden or goes away, or the wizard closes.
    window.addEventListener('pagehide', writePending);
    document.addEventListener('visibilitychange', writePending);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', writePending);
      document.removeEventListener('visibilitychange', writePending);
      writePending();
    };
  }, [actor, preview, first.savedAt]);

  return { actor, session, notice: first.notice };
}
