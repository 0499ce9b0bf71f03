// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  decodeDiagnostic,
  diagnosticFragment,
  diagnosticPrefix,
  maxSavedLength,
  replayRecord,
  restoreSession,
  saveSession,
  startSession,
  stepView,
  submit,
} from '../../../src/engine';
import { expectKind, flowById, today } from '../../support/allFlows';
import { atGuestForm, guestFlow, guestRequest, guestValues } from '../../support/walks/guestWalk';
import { laterNetworkVersion } from '../../support/laterNetworkVersion';
import {
  atDetailsForm,
  contactValues,
  networkFlow,
  toWiredTicket,
  wiredValues,
} from '../../support/walks/networkWalk';

const atTicket = toWiredTicket(atDetailsForm('WIRED'));
const savedAt = Date.UTC(2026, 10, 20, 9);
const saved = JSON.stringify(saveSession(atTicket, savedAt));

describe('saving and restoring a session', () => {
  it('saves the answers, not snapshots, with the flow version', () => {
    expect(JSON.parse(saved)).toMatchObject({
      format: 2,
      savedAt,
      flowId: 'network-connection',
      version: networkFlow.version,
      events: [
        { type: 'WIRED' },
        { type: 'STILL_FAILING' },
        { type: 'SUBMIT', values: wiredValues },
        { type: 'UP_TO_DATE' },
        { type: 'SUBMIT', values: contactValues },
      ],
      stepNumber: 6,
      finished: true,
    });
  });

  it('restores the same step, answers and values', () => {
    const restored = restoreSession(networkFlow, saved, today);
    expect(restored?.notice).toBeUndefined();
    expect(restored && stepView(restored.session)).toEqual(stepView(atTicket));
  });

  it('restores what was typed in a form that was not sent', () => {
    const typing = { ...atDetailsForm('WIRED'), drafts: { wiredDetails: { pcName: 'en cours' } } };
    const restored = restoreSession(
      networkFlow,
      JSON.stringify(saveSession(typing, savedAt)),
      today,
    );
    const view = restored && stepView(restored.session);
    expect(view?.kind === 'form' && view.fields.find((f) => f.field.name === 'pcName')?.value).toBe(
      'en cours',
    );
  });

  it('replays what still fits in a changed flow and stops at the first step that changed', () => {
    const changed = laterNetworkVersion();
    expect(changed.version).toBe('v2');
    const restored = restoreSession(changed, saved, today);
    expect(restored?.notice).toBe('changed');
    expect(restored?.session.trail.map((entry) => entry.event.type)).toEqual(['WIRED']);
    expect(restored && stepView(restored.session).stateId).toBe('checkCable');
  });

  it('restarts with a notice when not even the first answer fits', () => {
    const text = JSON.stringify({ ...JSON.parse(saved), events: [{ type: 'PRINTER' }] });
    const restored = restoreSession(networkFlow, text, today);
    expect(restored?.notice).toBe('restarted');
    expect(restored && stepView(restored.session).stateId).toBe('connectionType');
  });

  it.each([
    ['nothing saved', null],
    ['garbage', '{not json'],
    ['valid JSON of the wrong shape', '{"format":1,"events":"WIRED"}'],
    ['an array', '[]'],
    ['another flow’s session', JSON.stringify({ ...JSON.parse(saved), flowId: 'guest-accounts' })],
    ['an unknown format', JSON.stringify({ ...JSON.parse(saved), format: 3 })],
    ['the format before saving times', JSON.stringify({ ...JSON.parse(saved), format: 1 })],
    ['oversized content', `{"padding":"${'x'.repeat(maxSavedLength)}"}`],
    [
      'a state that no longer exists',
      JSON.stringify({ ...JSON.parse(saved), drafts: { ghost: { a: 'b' } }, events: 42 }),
    ],
  ])('discards %s without throwing', (_, text) => {
    expect(restoreSession(networkFlow, text, today)).toBeUndefined();
  });

  it('keeps the checks carried from the flow left through « Ce n’était pas ça ? »', () => {
    // A reload on the generic ticket must not lose what the agent needs from the first flow.
    const origin = {
      flowTitle: 'Problème de connexion réseau',
      checks: [{ question: 'Comment êtes-vous connecté ?', answer: 'Par un câble Ethernet' }],
    };
    const carried = startSession(flowById('other-problem'), origin);
    const text = JSON.stringify(saveSession(carried, savedAt));
    expect(restoreSession(flowById('other-problem'), text, today)?.session.origin).toEqual(origin);
    expect(JSON.parse(saved)).not.toHaveProperty('origin');
  });

  it('ignores drafts of steps that no longer exist', () => {
    const text = JSON.stringify({ ...JSON.parse(saved), drafts: { ghost: { a: 'b' } } });
    expect(restoreSession(networkFlow, text, today)?.session.drafts).not.toHaveProperty('ghost');
  });
});

describe('a date that may not be past, answered earlier', () => {
  it('is still accepted when the session is restored days later, or the agent opens the link', () => {
    expect(stepView(guestRequest).kind).toBe('ticket');
    const later = '2026-11-28';
    const restored = restoreSession(
      guestFlow,
      JSON.stringify(saveSession(guestRequest, savedAt)),
      later,
    );
    expect(restored?.notice).toBeUndefined();
    expect(restored && stepView(restored.session).stateId).toBe('guestRequest');
    const view = expectKind(stepView(guestRequest), 'ticket');
    const record = decodeDiagnostic(
      diagnosticFragment(view.ticket, later).slice(diagnosticPrefix.length),
    );
    expect(record.ok && replayRecord(guestFlow, record.record).ending?.kind).toBe('ticket');
  });

  it('is refused when typed again after that day', () => {
    expect(stepView(submit(atGuestForm, guestValues, '2026-11-28')).kind).toBe('form');
  });
});
