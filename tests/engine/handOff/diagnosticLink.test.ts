// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeDiagnostic,
  diagnosticFragment,
  diagnosticPrefix,
  maxDiagnosticLength,
  stepView,
  type Ticket,
} from '../../../src/engine';
import { diagnosticRecord } from '../../../src/engine/handOff/diagnosticLink';
import { expectKind, today } from '../../support/allFlows';
import { walkEvents, wiredTicketEvents } from '../../support/walks/diagnosticWalk';
import { malformedLinks, sampleRecord } from '../../support/malformedLinks';

/** A ticket as diagnosticFragment reads it: only its flow, events and origin go in the link. */
function ticketWith(events: Ticket['events'], origin?: Ticket['origin']): Ticket {
  return {
    flow: { id: 'network-connection', title: 'Réseau', version: 'v3', versionLabel: '3' },
    title: 'Objet',
    channel: 'serviceCenter',
    fields: [],
    answers: [],
    checks: [],
    events,
    ...(origin ? { origin } : {}),
  };
}

function roundTrip(ticket: Ticket, preparedOn = today) {
  const fragment = diagnosticFragment(ticket, preparedOn);
  expect(fragment.startsWith(diagnosticPrefix)).toBe(true);
  const encoded = fragment.slice(diagnosticPrefix.length);
  // Only the characters a URL fragment carries as they are: no encoding, no server ever sees it.
  expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
  return decodeDiagnostic(encoded);
}

const tricky = {
  accents: 'Hélène Müller-Çağlar, bâtiment « Île » — 2ᵉ étage',
  emoji: 'Wi-Fi 📶 en panne 😩👩🏽‍💻🇫🇷',
  markup: '<img src=x onerror=alert(1)><script>alert("x")</script>&amp; </textarea>',
  quotes: `"'\`\\ \u2028\u2029 \n\t fin`,
  long: 'é'.repeat(2000),
};

describe('diagnosticFragment and decodeDiagnostic', () => {
  it('round-trips a real ticket walk, event for event', () => {
    const view = expectKind(stepView(walkEvents(wiredTicketEvents)), 'ticket');
    const decoded = roundTrip(view.ticket);
    expect(decoded).toEqual({ ok: true, record: diagnosticRecord(view.ticket, today) });
    expect(decoded.ok && decoded.record.events.map((event) => event.type)).toEqual(
      wiredTicketEvents.map((event) => event.type),
    );
  });

  it('round-trips accents, emoji, markup, quotes, line separators and 2,000-character values', () => {
    const ticket = ticketWith([{ type: 'WIRED' }, { type: 'SUBMIT', values: tricky }], {
      flowTitle: `Autre problème ${tricky.markup}`,
      checks: [{ question: tricky.accents, answer: tricky.emoji }],
    });
    const decoded = roundTrip(ticket, '2026-02-28');
    expect(decoded).toEqual({ ok: true, record: diagnosticRecord(ticket, '2026-02-28') });
  });

  it('round-trips any text a person may type, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { maxLength: 6 }),
        (texts) => {
          const values = Object.fromEntries(
            texts.map((text, index) => [`field${String(index)}`, text]),
          );
          const ticket = ticketWith([{ type: 'SUBMIT', values }]);
          expect(roundTrip(ticket)).toEqual({ ok: true, record: diagnosticRecord(ticket, today) });
        },
      ),
      { numRuns: 100, seed: 20261130 },
    );
  });

  it('keeps the longest real record within the length a link may have', () => {
    const values = Object.fromEntries(
      Array.from({ length: 12 }, (_, index) => [`field${String(index)}`, '😩'.repeat(1000)]),
    );
    const encoded = diagnosticFragment(ticketWith([{ type: 'SUBMIT', values }]), today).slice(
      diagnosticPrefix.length,
    );
    expect(encoded.length).toBeGreaterThan(maxDiagnosticLength);
    expect(decodeDiagnostic(encoded)).toEqual({ ok: false, problem: 'tooLong' });
  });

  it('accepts the sample record the malformed links are cut from', () => {
    expect(roundTrip(ticketWith(sampleRecord.events))).toMatchObject({ ok: true });
  });
});

describe('decodeDiagnostic on malformed links', () => {
  it('has a corpus of at least 20 links, every problem covered', () => {
    expect(malformedLinks.length).toBeGreaterThanOrEqual(20);
    expect(new Set(malformedLinks.map((link) => link.problem))).toEqual(
      new Set(['empty', 'tooLong', 'garbled', 'olderFormat', 'newerFormat', 'invalid']),
    );
  });

  it.each(malformedLinks)('$name: $problem, without throwing', ({ encoded, problem }) => {
    expect(decodeDiagnostic(encoded)).toEqual({ ok: false, problem });
  });

  it('never lets a forged key reach Object.prototype', () => {
    for (const { encoded } of malformedLinks) decodeDiagnostic(encoded);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect({}).not.toHaveProperty('polluted');
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const decoded = decodeDiagnostic(text);
        expect(typeof decoded.ok).toBe('boolean');
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });
});
