// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  answer,
  back,
  forward,
  change,
  describeTrail,
  restart,
  saveDraft,
  startSession,
  stepView,
  submit,
} from '../../../src/engine';
import { contextOf } from '../../../src/engine/session/snapshot';
import { expectKind, today } from '../../support/allFlows';
import {
  atDetailsForm,
  networkFlow as flow,
  toWiredTicket,
  wiredValues,
} from '../../support/walks/networkWalk';

const atWiredForm = () => atDetailsForm('WIRED');

describe('the step view', () => {
  it('shows a question with its labelled answers', () => {
    const view = expectKind(stepView(startSession(flow)), 'question');
    expect(view.step.prompt).toBe('Comment votre ordinateur est-il relié au réseau\u202f?');
    expect(view.answers.map((a) => a.label)).toEqual(['Par un câble Ethernet', 'En Wi-Fi']);
    expect(view).toMatchObject({
      stepNumber: 1,
      canGoBack: false,
      flowTitle: 'Problème de connexion réseau',
    });
  });

  it('shows instructions as numbered actions followed by their answers', () => {
    const view = expectKind(stepView(answer(startSession(flow), 'WIRED')), 'instructions');
    expect(view.step.steps.length).toBeGreaterThan(1);
    expect(view.step.prompt).toBe('La connexion fonctionne-t-elle maintenant\u202f?');
    expect(view.answers.map((a) => a.event)).toEqual(['FIXED', 'STILL_FAILING']);
    expect(view.stepNumber).toBe(2);
  });

  it('shows a form with empty values, then the resolution', () => {
    const form = expectKind(stepView(atWiredForm()), 'form');
    expect(form.fields.map((f) => [f.field.name, f.value, f.error])).toEqual([
      ['socketNumber', '', undefined],
      ['workingSocket', '', undefined],
      ['since', '', undefined],
      ['pcName', '', undefined],
      ['dockingStation', '', undefined],
    ]);
    const resolved = expectKind(
      stepView(answer(answer(startSession(flow), 'WIFI'), 'FIXED')),
      'resolution',
    );
    expect(resolved.step.title).toBe('Votre connexion fonctionne');
  });

  it('says when « Recommencer » would erase typed values or a prepared ticket', () => {
    expect(stepView(startSession(flow)).restartErases).toBe('nothing');
    // Answers chosen with buttons are quick to give again: nothing typed yet.
    expect(stepView(atWiredForm()).restartErases).toBe('nothing');
    // A value typed and not yet submitted counts, blanks do not.
    expect(stepView(saveDraft(atWiredForm(), { socketNumber: '   ' })).restartErases).toBe(
      'nothing',
    );
    expect(stepView(saveDraft(atWiredForm(), { socketNumber: 'B12' })).restartErases).toBe(
      'typing',
    );
  });
});

describe('answering', () => {
  it('ignores an answer the step does not offer', () => {
    const session = startSession(flow);
    expect(answer(session, 'FIXED')).toBe(session);
    expect(answer(session, 'SUBMIT')).toBe(session);
    expect(submit(session, wiredValues, today)).toBe(session);
  });

  it('keeps invalid values with French errors at each field, and stays on the step', () => {
    const typed = {
      ...wiredValues,
      socketNumber: 'x'.repeat(31),
      since: '2027-01-01',
      pcName: '   ',
    };
    const session = submit(atWiredForm(), typed, today);
    const view = expectKind(stepView(session), 'form');
    expect(view.stateId).toBe('wiredDetails');
    const byName = Object.fromEntries(view.fields.map((f) => [f.field.name, f]));
    expect(byName.socketNumber?.value).toBe('x'.repeat(31));
    expect(byName.socketNumber?.error).toBe(
      'Ce champ est limité à 30 caractères\u202f: raccourcissez-le.',
    );
    expect(byName.since).toMatchObject({
      value: '2027-01-01',
      error: 'Cette date est dans le futur\u202f: indiquez une date passée ou celle du jour.',
    });
    expect(byName.pcName).toMatchObject({
      value: '   ',
      error: 'Indiquez le nom du PC inscrit sur l’étiquette jaune ou bleue.',
    });
    expect(byName.workingSocket?.error).toBeUndefined();
    expect(contextOf(session.current).fields).toEqual({});
  });

  it('stores valid values in context, trimmed', () => {
    const session = submit(atWiredForm(), { ...wiredValues, pcName: '  UM-PC-4242 ' }, today);
    expect(stepView(session).stateId).toBe('officeKnown');
    expect(contextOf(session.current).fields).toEqual(wiredValues);
  });

  it('records the trail of answered steps', () => {
    const session = submit(atWiredForm(), wiredValues, today);
    expect(describeTrail(session).map(({ question, answer: a }) => `${question} → ${a}`)).toEqual([
      'Type de connexion → filaire (câble Ethernet)',
      'Câble Ethernet vérifié et rebranché → fait, toujours pas de connexion',
      expect.stringContaining('Nom du PC\u202f: UM-PC-4242'),
    ]);
  });
});

describe('going back', () => {
  it('undoes exactly one step, context included', () => {
    const atForm = atWiredForm();
    const afterForm = submit(atForm, wiredValues, today);
    const backAtForm = back(afterForm);
    expect(stepView(backAtForm).stateId).toBe('wiredDetails');
    expect(contextOf(backAtForm.current)).toEqual(contextOf(atForm.current));
    expect(backAtForm.current).toBe(atForm.current);
    expect(stepView(back(backAtForm)).stateId).toBe('checkCable');
    expect(stepView(back(back(backAtForm))).stateId).toBe('connectionType');
  });

  it('keeps what was typed in a form, submitted or not', () => {
    const submitted = back(submit(atWiredForm(), wiredValues, today));
    const form = expectKind(stepView(submitted), 'form');
    expect(form.fields.find((f) => f.field.name === 'pcName')?.value).toBe('UM-PC-4242');
    const drafted = answer(back(saveDraft(atWiredForm(), { pcName: 'en cours' })), 'STILL_FAILING');
    expect(
      expectKind(stepView(drafted), 'form').fields.find((f) => f.field.name === 'pcName')?.value,
    ).toBe('en cours');
  });

  it('does nothing at the first step', () => {
    const session = startSession(flow);
    expect(back(session)).toBe(session);
  });
});

describe('changing an answer from the summary', () => {
  const atTicket = toWiredTicket(atWiredForm());

  it('returns to the summary with the new value when the path is unchanged', () => {
    const changing = change(atTicket, 2);
    const form = expectKind(stepView(changing), 'form');
    expect(form.changing).toBe(true);
    expect(form.fields.find((f) => f.field.name === 'socketNumber')?.value).toBe('B12-034');
    const changed = submit(changing, { ...wiredValues, pcName: 'UM-PC-9999' }, today);
    const ticket = expectKind(stepView(changed), 'ticket');
    expect(ticket.ticket.fields.find((f) => f.name === 'pcName')?.value).toBe('UM-PC-9999');
    expect(ticket.changing).toBe(false);
    expect(changed.trail).toHaveLength(5);
  });

  it('replays later answers that still fit, then continues where the path changed', () => {
    const cableAgain = answer(change(atTicket, 1), 'STILL_FAILING');
    expect(stepView(cableAgain).kind).toBe('ticket');
    const wifi = answer(change(atTicket, 0), 'WIFI');
    expect(stepView(wifi).stateId).toBe('checkWifi');
    expect(wifi.trail).toHaveLength(1);
  });

  it('goes back to the summary when the change is abandoned', () => {
    const abandoned = back(change(atTicket, 0));
    expect(abandoned.current).toBe(atTicket.current);
    expect(abandoned.trail).toEqual(atTicket.trail);
  });
});

it('restarts from the first step with nothing kept', () => {
  const session = restart(submit(atWiredForm(), wiredValues, today));
  expect(stepView(session).stateId).toBe('connectionType');
  expect(session.trail).toEqual([]);
  expect(session.drafts).toEqual({});
  expect(contextOf(session.current).fields).toEqual({});
});

it('keeps a single-line value on one line', () => {
  const session = submit(atWiredForm(), { ...wiredValues, pcName: 'UM-PC\n4242\t<x>' }, today);
  expect(contextOf(session.current).fields.pcName).toBe('UM-PC 4242 <x>');
});

describe('forward', () => {
  it('redoes exactly the answers back undid, context included', () => {
    const afterForm = submit(atWiredForm(), wiredValues, today);
    const twiceBack = back(back(afterForm));
    const once = forward(twiceBack);
    expect(stepView(once).stateId).toBe('wiredDetails');
    const twice = forward(once);
    expect(stepView(twice)).toEqual(stepView(afterForm));
    expect(contextOf(twice.current)).toEqual(contextOf(afterForm.current));
    expect(forward(twice)).toBe(twice);
  });

  it('forgets what was undone once a different answer is given', () => {
    const wifi = answer(back(answer(startSession(flow), 'WIRED')), 'WIFI');
    expect(forward(wifi)).toBe(wifi);
    expect(stepView(wifi).stateId).toBe('checkWifi');
  });
});
