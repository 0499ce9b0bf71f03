import * as z from 'zod/mini';
import { fieldNameSchema, type FieldValues } from '../contract/schemas/fieldSchema';
import type { FlowModel } from '../flowModel';
import type { Session } from '../session/session';
import { replayEvents } from '../session/replayEvents';
import { decodeFragment, encodeFragment } from './fragmentCodec';
import { recordedDaySchema, recordedOrigin, recordedWalkShape, text } from './recordedWalkSchema';

/**
 * « Continuer sur mon téléphone »: `#/procedure/<id>/reprendre/<record>`, where the record is
 * the walk so far as JSON in base64url, in the URL's fragment (never sent to a server). The
 * phone replays it into a live session of the same version of the flow. Values typed in forms
 * go in only when the person says so: the link is shown as a QR code, which can be photographed.
 */
export const resumeRecordSchema = z.strictObject({
  ...recordedWalkShape,
  /** The day the link was made: the « today » its forms are replayed with, as on the computer. */
  madeOn: recordedDaySchema,
  /** What was typed in forms and not sent yet, by step: only with the values. */
  drafts: z.optional(
    z.record(text(100), z.record(fieldNameSchema.check(z.maxLength(100)), text(2000))),
  ),
  /** The walk went on past a form whose values were left out: the phone stops at that form. */
  partial: z.optional(z.literal(true)),
});
export type ResumeRecord = z.infer<typeof resumeRecordSchema>;

/** The record after the flow's id in the route. */
export const resumeSegment = 'reprendre';

/** Longer than any walk's record (fields are capped at 2,000 characters): anything bigger is not ours. */
export const maxResumeLength = 60_000;

const typed = (values: FieldValues | undefined) =>
  Object.values(values ?? {}).some((value) => value !== '');

/** Whether anything typed or chosen in a form would go in the link with the values. */
export function hasTypedValues(session: Session): boolean {
  return (
    session.trail.some((entry) => typed(entry.event.values)) ||
    Object.values(session.drafts).some(typed)
  );
}

/**
 * The walk so far; without the values, it stops before the first form where something was
 * typed (its answers without its values would take another branch, or none).
 */
export function resumeRecord(
  session: Session,
  madeOn: string,
  { withValues }: { withValues: boolean },
): ResumeRecord {
  const all = session.trail.map(({ event }) =>
    event.values ? { type: event.type, values: { ...event.values } } : { type: event.type },
  );
  const firstTyped = withValues ? -1 : all.findIndex((event) => typed(event.values));
  const events = firstTyped === -1 ? all : all.slice(0, firstTyped);
  const drafts = Object.entries(session.drafts).filter(([, values]) => typed(values));
  return {
    format: 1,
    flowId: session.flow.id,
    version: session.flow.version,
    madeOn,
    events,
    ...(withValues && drafts.length > 0 ? { drafts: Object.fromEntries(drafts) } : {}),
    ...(session.origin ? { origin: recordedOrigin(session.origin) } : {}),
    ...(events.length < all.length ? { partial: true as const } : {}),
  };
}

/** The fragment that opens the flow at the record's step. */
export function resumeFragment(record: ResumeRecord): string {
  return `#/procedure/${encodeURIComponent(record.flowId)}/${resumeSegment}/${encodeFragment(record)}`;
}

/**
 * Why a link cannot be resumed: `broken` (cut, altered, not ours, or an answer the flow does
 * not have), `stale` (made on another version of the flow, or in another format).
 */
export type ResumeProblem = 'broken' | 'stale';

export type ResumedSession =
  { ok: true; session: Session; partial: boolean } | { ok: false; problem: ResumeProblem };

const formatOnly = z.object({ format: z.number() });

/**
 * Reads the part after `…/reprendre/` without trusting it, and replays it on `flow` into a live
 * session; never throws. All or nothing: a link that does not replay whole is not resumed.
 */
export function resumeSession(flow: FlowModel, encoded: string): ResumedSession {
  const decoded = decodeFragment(encoded, maxResumeLength);
  if (!decoded.ok) return { ok: false, problem: 'broken' };
  const parsed = resumeRecordSchema.safeParse(decoded.data);
  if (!parsed.success) {
    const format = formatOnly.safeParse(decoded.data);
    const otherFormat = format.success && format.data.format !== 1;
    return { ok: false, problem: otherFormat ? 'stale' : 'broken' };
  }
  const record = parsed.data;
  if (record.flowId !== flow.id) return { ok: false, problem: 'broken' };
  if (record.version !== flow.version) return { ok: false, problem: 'stale' };
  const replay = replayEvents(flow, record.events, record.madeOn, record.origin);
  if (replay.replayed !== record.events.length) return { ok: false, problem: 'broken' };
  let { session } = replay;
  const drafts = Object.entries(record.drafts ?? {}).filter(
    ([stateId]) => flow.steps.get(stateId)?.step.kind === 'form',
  );
  session = { ...session, drafts: { ...session.drafts, ...Object.fromEntries(drafts) } };
  return { ok: true, session, partial: record.partial === true };
}
