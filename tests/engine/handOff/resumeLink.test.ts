// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answer,
  hasTypedValues,
  resumeFragment,
  resumeRecord,
  resumeSession,
  saveDraft,
  startSession,
  stepView,
  type ResumeRecord,
  type Session,
} from '../../../src/engine';
import { encodeFragment } from '../../../src/engine/handOff/fragmentCodec';
import { stateIdOf } from '../../../src/engine/session/snapshot';
import { allFlows, flowById, today } from '../../support/allFlows';
import { walkEvents, wiredTicketEvents } from '../../support/walks/diagnosticWalk';
import { flowPaths } from '../../support/flowPaths';
import { guestFlow, guestRequest } from '../../support/walks/guestWalk';
import { laterNetworkVersion } from '../../support/laterNetworkVersion';
import { networkFlow } from '../../support/walks/networkWalk';

const prefix = /^#\/procedure\/([a-z0-9-]+)\/reprendre\/([A-Za-z0-9_-]+)$/;

/** The part of the fragment a phone's route hands to resumeSession. */
function encoded(record: ResumeRecord): string {
  const match = prefix.exec(resumeFragment(record));
  if (!match?.[2]) throw new Error(`not a resume fragment: ${resumeFragment(record)}`);
  expect(match[1]).toBe(record.flowId);
  return match[2];
}

function resumed(session: Session, withValues: boolean) {
  const result = resumeSession(session.flow, encoded(resumeRecord(session, today, { withValues })));
  if (!result.ok) throw new Error(`not resumed: ${result.problem}`);
  return result;
}

/** What a person sees of a session: the step, the answers, the values, what is typed. */
function seen(session: Session) {
  const view = stepView(session);
  return {
    stateId: view.stateId,
    stepNumber: view.stepNumber,
    trail: view.trail,
    fields: view.kind === 'form' ? view.fields.map((field) => [field.field.name, field.value]) : [],
    ticket: view.kind === 'ticket' ? view.ticket.fields : [],
  };
}

describe('the link to continue on a phone', () => {
  const atTicket = walkEvents(wiredTicketEvents);

  it('with the values, reopens the same step with the same answers and values', () => {
    const result = resumed(atTicket, true);
    expect(result.partial).toBe(false);
    expect(seen(result.session)).toEqual(seen(atTicket));
  });

  it('with the values, carries what is typed in the current form and not sent yet', () => {
    const atForm = walkEvents(wiredTicketEvents.slice(0, 2));
    const typing = saveDraft(atForm, { socketNumber: 'B12-0', pcName: 'UM-PC-4242' });
    const result = resumed(typing, true);
    expect(stateIdOf(result.session.current)).toBe('wiredDetails');
    expect(seen(result.session)).toEqual(seen(typing));
  });

  it('without the values, stops at the first form where something was typed, and says so', () => {
    const record = resumeRecord(atTicket, today, { withValues: false });
    expect(JSON.stringify(record)).not.toContain('B12-034');
    expect(JSON.stringify(record)).not.toContain('06 12 34 56 78');
    expect(record.partial).toBe(true);
    const result = resumed(atTicket, false);
    expect(result.partial).toBe(true);
    expect(stateIdOf(result.session.current)).toBe('wiredDetails');
    expect(seen(result.session).fields.every(([, value]) => value === '')).toBe(true);
  });

  it('without the values, leaves out what is typed in the current form', () => {
    const typing = saveDraft(walkEvents(wiredTicketEvents.slice(0, 2)), { pcName: 'UM-PC-4242' });
    expect(hasTypedValues(typing)).toBe(true);
    const record = resumeRecord(typing, today, { withValues: false });
    expect(record).not.toHaveProperty('drafts');
    expect(record).not.toHaveProperty('partial');
    expect(JSON.stringify(record)).not.toContain('UM-PC-4242');
  });

  it('with answers only, has nothing to leave out: the whole walk, whatever the box says', () => {
    const answered = answer(answer(startSession(networkFlow), 'WIRED'), 'STILL_FAILING');
    expect(hasTypedValues(answered)).toBe(false);
    expect(resumeRecord(answered, today, { withValues: false })).toEqual(
      resumeRecord(answered, today, { withValues: true }),
    );
    expect(seen(resumed(answered, false).session)).toEqual(seen(answered));
  });

  it('carries the checks of a procedure left through « Ce n’était pas ça ? »', () => {
    const origin = {
      flowTitle: 'Problème de connexion réseau',
      checks: [{ question: 'Q ?', answer: 'R' }],
    };
    const other = flowById('other-problem');
    const result = resumed(startSession(other, origin), false);
    expect(result.session.origin).toEqual(origin);
  });

  it('keeps a date that may not be past, typed days before the link was made', () => {
    expect(stepView(guestRequest).stateId).toBe('guestRequest');
    const record = resumeRecord(guestRequest, '2026-11-28', { withValues: true });
    const result = resumeSession(guestFlow, encoded(record));
    expect(result.ok && stepView(result.session).stateId).toBe('guestRequest');
  });

  it('reopens the end of every generated path of every flow, values included', () => {
    for (const flow of allFlows)
      for (const events of flowPaths(flow)) {
        const session = walkEvents(events, flow);
        expect(
          seen(resumed(session, true).session),
          `${flow.id} ${JSON.stringify(events)}`,
        ).toEqual(seen(session));
      }
  });

  it('round-trips any text a person may type', () => {
    const atForm = walkEvents(wiredTicketEvents.slice(0, 2));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), (text) => {
        const typing = saveDraft(atForm, { socketNumber: text, availability: text });
        expect(resumed(typing, true).session.drafts).toEqual(typing.drafts);
      }),
      { numRuns: 100, seed: 20261130 },
    );
  });
});

describe('a link that cannot be resumed', () => {
  const record = resumeRecord(walkEvents(wiredTicketEvents.slice(0, 3)), today, {
    withValues: true,
  });
  const good = encoded(record);

  it.each([
    ['empty', ''],
    ['cut short', good.slice(0, Math.floor(good.length / 2))],
    [
      'one character changed',
      `${good.slice(0, 10)}${good[10] === 'A' ? 'B' : 'A'}${good.slice(11)}`,
    ],
    ['not base64url', 'abc/def?ghi'],
    ['not JSON', Buffer.from('pas du JSON').toString('base64url')],
    ['oversized', 'A'.repeat(60_004)],
    ['an unknown key', encodeFragment({ ...record, extra: 1 })],
    [
      'a __proto__ key',
      encodeFragment(JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(record).slice(1)}`)),
    ],
    [
      'an answer the flow does not have',
      encodeFragment({ ...record, events: [{ type: 'HACKED' }] }),
    ],
    ['an answer in the wrong place', encodeFragment({ ...record, events: record.events.slice(1) })],
    [
      'a value the form refuses',
      encodeFragment({
        ...record,
        events: [...record.events.slice(0, 2), { type: 'SUBMIT', values: { socketNumber: '' } }],
      }),
    ],
    ['another flow’s id', encodeFragment({ ...record, flowId: 'guest-accounts' })],
  ])('%s: broken', (_, link) => {
    expect(resumeSession(networkFlow, link)).toEqual({ ok: false, problem: 'broken' });
  });

  it('made on another version of the flow: stale', () => {
    expect(resumeSession(laterNetworkVersion(), good)).toEqual({ ok: false, problem: 'stale' });
    expect(resumeSession(networkFlow, encodeFragment({ ...record, version: 'h000000' }))).toEqual({
      ok: false,
      problem: 'stale',
    });
  });

  it('in another format: stale', () => {
    expect(resumeSession(networkFlow, encodeFragment({ ...record, format: 2 }))).toEqual({
      ok: false,
      problem: 'stale',
    });
  });
});
