import * as z from 'zod/mini';
import { fieldNameSchema } from '../contract/fieldSchema';
import { flowIdSchema } from '../contract/flowMetaSchema';
import type { Ticket } from './ticket';

/**
 * The agent's link: `#/diagnostic/<record>`, where the record is the ticket's answers as JSON in
 * base64url. It travels only in the URL's fragment, which browsers never send to a server, and
 * it is read like any outside input: size first, then encoding, then this schema.
 */
const text = (max: number) => z.string().check(z.maxLength(max));

export const diagnosticRecordSchema = z.strictObject({
  /** Bumped when the record's shape changes: an older link is then told apart from a broken one. */
  format: z.literal(1),
  flowId: flowIdSchema.check(z.maxLength(100)),
  version: text(40),
  /** YYYY-MM-DD, a plausible day: it is shown, and is the « today » the forms are replayed with. */
  preparedOn: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)),
  events: z
    .array(
      z.strictObject({
        type: text(100),
        values: z.optional(z.record(fieldNameSchema.check(z.maxLength(100)), text(2000))),
      }),
    )
    .check(z.maxLength(500)),
  origin: z.optional(
    z.strictObject({
      flowTitle: text(300),
      checks: z
        .array(z.strictObject({ question: text(300), answer: text(2500) }))
        .check(z.maxLength(200)),
    }),
  ),
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
    ...(ticket.origin
      ? {
          origin: {
            flowTitle: ticket.origin.flowTitle,
            checks: ticket.origin.checks.map(({ question, answer }) => ({ question, answer })),
          },
        }
      : {}),
  };
}

/** The fragment that opens the agent's view of this ticket. */
export function diagnosticFragment(ticket: Ticket, preparedOn: string): string {
  return diagnosticPrefix + toBase64Url(JSON.stringify(diagnosticRecord(ticket, preparedOn)));
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
  if (encoded === '') return { ok: false, problem: 'empty' };
  if (encoded.length > maxDiagnosticLength) return { ok: false, problem: 'tooLong' };
  let data: unknown;
  // zod drops a `__proto__` key without a word; no record of ours has one, so it is refused.
  const seen = { prototypeKey: false };
  try {
    data = JSON.parse(fromBase64Url(encoded), (key, value: unknown) => {
      if (key === '__proto__') seen.prototypeKey = true;
      return value;
    });
  } catch {
    // Not base64url, not UTF-8, not JSON, or nested too deep to read.
    return { ok: false, problem: 'garbled' };
  }
  if (seen.prototypeKey) return { ok: false, problem: 'invalid' };
  const parsed = diagnosticRecordSchema.safeParse(data);
  if (parsed.success) return { ok: true, record: parsed.data };
  const format = formatOnly.safeParse(data);
  if (format.success && format.data.format < 1) return { ok: false, problem: 'olderFormat' };
  if (format.success && format.data.format > 1) return { ok: false, problem: 'newerFormat' };
  return { ok: false, problem: 'invalid' };
}

function toBase64Url(value: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(value)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on anything that is not base64url of UTF-8 text: a truncated link usually is. */
function fromBase64Url(value: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length % 4 === 1) throw new Error('not base64url');
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
