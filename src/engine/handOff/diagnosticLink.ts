import * as z from 'zod/mini';
import { decodeFragment, encodeFragment } from './fragmentCodec';
import { recordedDaySchema, recordedOrigin, recordedWalkShape } from './recordedWalkSchema';
import type { Ticket } from './ticket';

/**
 * The agent's link: `#/diagnostic/<record>`, where the record is the ticket's answers as JSON in
 * base64url. It travels only in the URL's fragment, which browsers never send to a server, and
 * it is read like any outside input: size first, then encoding, then this schema.
 */
export const diagnosticRecordSchema = z.strictObject({
  ...recordedWalkShape,
  /** The day the ticket was prepared: it is shown, and the forms are replayed with it. */
  preparedOn: recordedDaySchema,
});
export type DiagnosticRecord = z.infer<typeof diagnosticRecordSchema>;

export const diagnosticPrefix = '#/diagnostic/';

/** Longer than any ticket's record (fields are capped at 2,000 characters): anything bigger is not ours. */
export const maxDiagnosticLength = 60_000;

export function diagnosticRecord(ticket: Ticket, preparedOn: string): DiagnosticRecord {
  return {
    format: 1,
    flowId: ticket.flow.id,
    version: ticket.flow.version,
    preparedOn,
    events: ticket.events.map((event) =>
      event.values ? { type: event.type, values: event.values } : { type: event.type },
    ),
    ...(ticket.origin ? { origin: recordedOrigin(ticket.origin) } : {}),
  };
}

/** The fragment that opens the agent's view of this ticket. */
export function diagnosticFragment(ticket: Ticket, preparedOn: string): string {
  return diagnosticPrefix + encodeFragment(diagnosticRecord(ticket, preparedOn));
}

/**
 * Why a link cannot be read. `olderFormat`/`newerFormat`: a record of another format than this
 * page reads, from an older app, or from a newer one than this (cached) page.
 */
export type DiagnosticProblem =
  'empty' | 'tooLong' | 'garbled' | 'olderFormat' | 'newerFormat' | 'invalid';

export type DecodedDiagnostic =
  { ok: true; record: DiagnosticRecord } | { ok: false; problem: DiagnosticProblem };

const formatOnly = z.object({ format: z.number() });

/** Reads the part after `#/diagnostic/` without trusting it; never throws. */
export function decodeDiagnostic(encoded: string): DecodedDiagnostic {
  const decoded = decodeFragment(encoded, maxDiagnosticLength);
  if (!decoded.ok) return decoded;
  const { data } = decoded;
  const parsed = diagnosticRecordSchema.safeParse(data);
  if (parsed.success) return { ok: true, record: parsed.data };
  const format = formatOnly.safeParse(data);
  if (format.success && format.data.format < 1) return { ok: false, problem: 'olderFormat' };
  if (format.success && format.data.format > 1) return { ok: false, problem: 'newerFormat' };
  return { ok: false, problem: 'invalid' };
}
