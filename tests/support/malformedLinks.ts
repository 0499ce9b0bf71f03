import {
  maxDiagnosticLength,
  type DiagnosticProblem,
  type DiagnosticRecord,
} from '../../src/engine';

/** base64url of UTF-8 text, as diagnosticFragment writes it (Node's own encoder, not the app's). */
export function encodeText(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

export function encodeRecord(record: unknown): string {
  return encodeText(JSON.stringify(record));
}

/**
 * A small valid record, fixed here rather than made from a flow, so that cutting or flipping it
 * at a given position gives the same damage whatever the flows become.
 */
export const sampleRecord: DiagnosticRecord = {
  format: 1,
  flowId: 'network-connection',
  version: 'v1',
  preparedOn: '2026-11-25',
  events: [
    { type: 'WIRED' },
    { type: 'STILL_FAILING' },
    { type: 'SUBMIT', values: { socketNumber: 'B12-034', pcName: 'UM-PC-4242' } },
  ],
};

const valid = encodeRecord(sampleRecord);

function flip(text: string, at: number): string {
  const char = text[at] === 'A' ? 'B' : 'A';
  return text.slice(0, at) + char + text.slice(at + 1);
}

export interface MalformedLink {
  name: string;
  /** What follows `#/diagnostic/`. */
  encoded: string;
  problem: DiagnosticProblem;
}

const withEvent = (event: object) => encodeRecord({ ...sampleRecord, events: [event] });
const rawJson = (json: string) => encodeText(json);
const recordJson = JSON.stringify(sampleRecord).slice(1, -1);
/** Parsed, not written as a literal: a `__proto__` literal would set the prototype instead. */
const protoValues: unknown = JSON.parse('{"__proto__":"x","pcName":"A"}');

/** Links an agent may receive damaged, or someone may forge, each with the problem it must give. */
export const malformedLinks: readonly MalformedLink[] = [
  { name: 'nothing after the prefix', encoded: '', problem: 'empty' },
  {
    name: 'oversized',
    encoded: 'A'.repeat(maxDiagnosticLength + 1),
    problem: 'tooLong',
  },
  {
    name: 'oversized but well formed',
    encoded: withEvent({ type: 'SUBMIT', values: { note: 'x'.repeat(maxDiagnosticLength) } }),
    problem: 'tooLong',
  },
  {
    name: 'cut to its first quarter',
    encoded: valid.slice(0, valid.length / 4),
    problem: 'garbled',
  },
  { name: 'cut in half', encoded: valid.slice(0, valid.length / 2), problem: 'garbled' },
  { name: 'last character lost', encoded: valid.slice(0, -1), problem: 'garbled' },
  { name: 'last two characters lost', encoded: valid.slice(0, -2), problem: 'garbled' },
  { name: 'first character flipped', encoded: flip(valid, 0), problem: 'garbled' },
  { name: 'a character flipped mid-structure', encoded: flip(valid, 20), problem: 'garbled' },
  {
    name: 'a character outside base64url',
    encoded: `${valid.slice(0, 8)}$${valid.slice(9)}`,
    problem: 'garbled',
  },
  {
    name: 'plain base64 (+ / =)',
    encoded: Buffer.from('{"a":"?>?"}').toString('base64'),
    problem: 'garbled',
  },
  {
    name: 'a line break from a mail client',
    encoded: `${valid.slice(0, 40)}%0A${valid.slice(40)}`,
    problem: 'garbled',
  },
  {
    name: 'percent-encoded JSON',
    encoded: encodeURIComponent(JSON.stringify(sampleRecord)),
    problem: 'garbled',
  },
  { name: 'one character percent-encoded', encoded: `%65${valid.slice(1)}`, problem: 'garbled' },
  {
    name: 'base64url of plain text',
    encoded: encodeText('Bonjour, voici ma demande'),
    problem: 'garbled',
  },
  {
    name: 'base64url of markup',
    encoded: encodeText('<script>alert(1)</script>'),
    problem: 'garbled',
  },
  {
    name: 'invalid UTF-8',
    encoded: Buffer.from([0x7b, 0xc3, 0x28, 0x7d]).toString('base64url'),
    problem: 'garbled',
  },
  {
    name: 'JSON nested too deep',
    encoded: rawJson(`${'['.repeat(20_000)}${']'.repeat(20_000)}`),
    problem: 'garbled',
  },
  { name: 'a JSON array', encoded: rawJson('[]'), problem: 'invalid' },
  { name: 'JSON null', encoded: rawJson('null'), problem: 'invalid' },
  { name: 'an empty object', encoded: rawJson('{}'), problem: 'invalid' },
  {
    name: 'an extra key',
    encoded: encodeRecord({ ...sampleRecord, admin: true }),
    problem: 'invalid',
  },
  {
    name: 'an extra key in an answer',
    encoded: withEvent({ type: 'WIRED', html: '<b>' }),
    problem: 'invalid',
  },
  {
    name: 'format 0',
    encoded: encodeRecord({ ...sampleRecord, format: 0 }),
    problem: 'olderFormat',
  },
  {
    name: 'format 2',
    encoded: encodeRecord({ ...sampleRecord, format: 2 }),
    problem: 'newerFormat',
  },
  {
    name: 'format as text',
    encoded: encodeRecord({ ...sampleRecord, format: '1' }),
    problem: 'invalid',
  },
  {
    name: 'a value over 2,000 characters',
    encoded: withEvent({ type: 'SUBMIT', values: { note: 'x'.repeat(2001) } }),
    problem: 'invalid',
  },
  {
    name: '501 answers',
    encoded: encodeRecord({
      ...sampleRecord,
      events: Array.from({ length: 501 }, () => ({ type: 'A' })),
    }),
    problem: 'invalid',
  },
  {
    name: '__proto__ at the top',
    encoded: rawJson(`{"__proto__":{"polluted":1},${recordJson}}`),
    problem: 'invalid',
  },
  {
    name: '__proto__ among the values',
    encoded: withEvent({ type: 'SUBMIT', values: protoValues }),
    problem: 'invalid',
  },
  {
    name: 'constructor at the top',
    encoded: rawJson(`{"constructor":{"prototype":{"polluted":1}},${recordJson}}`),
    problem: 'invalid',
  },
  {
    name: 'markup as the flow id',
    encoded: encodeRecord({ ...sampleRecord, flowId: '<img src=x onerror=alert(1)>' }),
    problem: 'invalid',
  },
  {
    name: 'a path as the flow id',
    encoded: encodeRecord({ ...sampleRecord, flowId: '../secret' }),
    problem: 'invalid',
  },
  {
    name: 'month 13',
    encoded: encodeRecord({ ...sampleRecord, preparedOn: '2026-13-01' }),
    problem: 'invalid',
  },
  {
    name: 'answers not a list',
    encoded: encodeRecord({ ...sampleRecord, events: { type: 'WIRED' } }),
    problem: 'invalid',
  },
  {
    name: 'a value that is not text',
    encoded: withEvent({ type: 'SUBMIT', values: { pcName: 42 } }),
    problem: 'invalid',
  },
];
