// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../scripts/flows/allFlows';
import {
  answer,
  searchFlows,
  startSession,
  stepView,
  submit,
  ticketText,
  typeset,
} from '../../../src/engine';
import { expectKind, flowById, today } from '../../support/allFlows';
import { errorsAfter, screenText, topHit } from '../../support/walks/flowWalk';

const flow = flowById('guest-accounts');
/** The narrow no-break space the ticket's words put before a colon and inside « ». */
const nn = '\u202f';

const staff = () => answer(startSession(flow), 'STAFF');
const atOneForm = () => answer(answer(staff(), 'ONE'), 'FAILED');
const atSeveralForm = () => answer(answer(staff(), 'SEVERAL'), 'PREPARE');

const guests = {
  guestCount: '25',
  startDate: '2026-12-01',
  endDate: '2026-12-03',
  purpose: 'Colloque international de chimie verte',
  eventName: 'ChemGreen 2026',
};

describe('guest-accounts: who may create guest accounts', () => {
  it('asks first whether the user is UM staff with an active account', () => {
    const view = expectKind(stepView(startSession(flow)), 'question');
    expect(view.step.prompt).toContain('membre du personnel');
    expect(view.step.prompt).toContain('compte informatique actif');
    expect(view.answers.map((a) => a.label)).toEqual(['Oui', 'Non']);
  });

  it('sends someone who is not staff to their UM contact, instead of a dead end', () => {
    const view = expectKind(stepView(answer(startSession(flow), 'NOT_STAFF')), 'resolution');
    const text = screenText(view);
    expect(text).toContain('Seuls les membres du personnel de l');
    expect(text).toContain('compte actif');
    expect(text).toContain('comptes invités');
    expect(text).toContain('depuis l’ENT');
    expect(text).toContain('Demandez à la personne de l’UM avec qui vous travaillez');
  });

  it('then asks whether one or several accounts are needed', () => {
    const view = expectKind(stepView(staff()), 'question');
    expect(view.answers.map((a) => a.label)).toEqual(['Un seul', 'Plusieurs à la fois']);
  });
});

describe('guest-accounts: one guest account', () => {
  const instructions = expectKind(stepView(answer(staff(), 'ONE')), 'instructions');

  it('gives the FAQ’s three ENT steps, menu names quoted', () => {
    expect(instructions.step.steps).toEqual(
      [
        'Connectez-vous à l’ENT.',
        'Accédez au menu « Outils ».',
        'Sélectionnez « Compte Invité » et suivez les instructions.',
      ].map(typeset),
    );
    expect(instructions.answers.map((a) => a.event)).toEqual(['CREATED', 'FAILED']);
  });

  it('ends on a resolution when the account is created', () => {
    const view = stepView(answer(answer(staff(), 'ONE'), 'CREATED'));
    expect(expectKind(view, 'resolution').step.title).toBe('Le compte invité est créé');
  });

  it('asks what went wrong, in French, when the description is left blank', () => {
    for (const problem of ['', '   ', '\n']) {
      expect(errorsAfter(atOneForm(), { problem })).toEqual({
        problem: 'Décrivez en quelques mots ce qui n’a pas fonctionné.',
      });
    }
  });

  it('prepares a ticket holding what went wrong and the checks done', () => {
    const typed = 'Le menu « Outils » ne propose pas « Compte Invité ».';
    const view = expectKind(stepView(submit(atOneForm(), { problem: typed }, today)), 'ticket');
    // The FAQ names no category for this: the person simply creates a ticket.
    expect(view.ticket.target).toBeUndefined();
    const text = screenText(view);
    expect(text).toContain(`Objet${nn}: Impossible de créer un compte invité depuis l’ENT`);
    expect(text).toContain(`Destination${nn}: Centre de Services\n`);
    // Typed, with « » and ordinary spaces: as typed.
    expect(text).toContain(`- Ce qui n’a pas fonctionné${nn}: ${typed}`);
    expect(text).toContain(`Réponses\n- Membre du personnel UM avec un compte actif${nn}: oui`);
    expect(text).toContain(
      typeset(
        'Vérifications déjà faites\n- Compte invité créé via l’ENT (« Outils » → « Compte Invité ») : non, la création a échoué',
      ),
    );
    expect(text).toContain('Créez un ticket.');
  });
});

describe('guest-accounts: several guest accounts', () => {
  it('shows the way to the catalogue request, in the FAQ’s order and words', () => {
    const view = expectKind(stepView(answer(staff(), 'SEVERAL')), 'instructions');
    const steps = view.step.steps.join('\n');
    const order = [
      'Connectez-vous à l’ENT.',
      '« Assistance »',
      'catalogue de services du Centre de Services',
      'catégorie « Informatique et Numérique »',
      '« Accès au réseau « ouvert » Wifi : UM-NET »',
      'soumettez',
    ].map((words) => steps.indexOf(typeset(words)));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it.each([
    ['', 'Indiquez le nombre d’invités, par exemple 25.'],
    ['  ', 'Indiquez le nombre d’invités, par exemple 25.'],
    ['abc', 'Indiquez en chiffres un nombre entier d’invités entre 2 et 999, par exemple 25.'],
    ['0', 'Indiquez en chiffres un nombre entier d’invités entre 2 et 999, par exemple 25.'],
    ['1', 'Indiquez en chiffres un nombre entier d’invités entre 2 et 999, par exemple 25.'],
    ['02', 'Indiquez en chiffres un nombre entier d’invités entre 2 et 999, par exemple 25.'],
    ['2,5', 'Indiquez en chiffres un nombre entier d’invités entre 2 et 999, par exemple 25.'],
    ['-3', 'Indiquez en chiffres un nombre entier d’invités entre 2 et 999, par exemple 25.'],
    ['1000', 'Indiquez en chiffres un nombre entier d’invités entre 2 et 999, par exemple 25.'],
    ['vingt', 'Indiquez en chiffres un nombre entier d’invités entre 2 et 999, par exemple 25.'],
  ])('refuses %j guests with a French message', (guestCount, message) => {
    expect(errorsAfter(atSeveralForm(), { ...guests, guestCount })).toEqual({
      guestCount: message,
      startDate: undefined,
      endDate: undefined,
      purpose: undefined,
      eventName: undefined,
    });
  });

  it.each(['2', '9', '10', '25', '999'])('accepts %s guests', (guestCount) => {
    const view = stepView(submit(atSeveralForm(), { ...guests, guestCount }, today));
    expect(expectKind(view, 'ticket').ticket.title).toBe(
      `Création de ${guestCount} comptes invités`,
    );
  });

  it.each([
    ['startDate', '', 'Indiquez la date à partir de laquelle les invités ont besoin d’un accès.'],
    ['startDate', '2026-02-30', 'Le 30/02/2026 n’existe pas : vérifiez le jour et le mois.'],
    ['endDate', '', 'Indiquez jusqu’à quand les invités ont besoin d’un accès.'],
    ['endDate', 'demain', 'Saisissez la date en chiffres : le jour, le mois et l’année.'],
    ['purpose', '', 'Indiquez en quelques mots pourquoi les invités ont besoin d’un accès.'],
    ['purpose', ' \n ', 'Indiquez en quelques mots pourquoi les invités ont besoin d’un accès.'],
    ['eventName', 'x'.repeat(121), 'Ce champ est limité à 120 caractères\u202f: raccourcissez-le.'],
  ])('refuses %s = %j with a French message', (name, value, message) => {
    const errors = errorsAfter(atSeveralForm(), { ...guests, [name]: value });
    expect(errors[name]).toBe(typeset(message));
    expect(Object.values(errors).filter(Boolean)).toHaveLength(1);
  });

  it('refuses a start in the past and an end before the start, in French at each field', () => {
    expect(errorsAfter(atSeveralForm(), { ...guests, startDate: '2026-11-24' })).toMatchObject({
      startDate: 'Cette date est passée\u202f: indiquez la date du jour ou une date à venir.',
      endDate: undefined,
    });
    expect(errorsAfter(atSeveralForm(), { ...guests, endDate: '2026-11-30' })).toMatchObject({
      startDate: undefined,
      endDate:
        'La fin de l’accès ne peut pas être avant son début\u202f: indiquez le même jour ou une date après.',
    });
  });

  it('takes a start today and an access of a single day', () => {
    const oneDay = { ...guests, startDate: today, endDate: today };
    expect(stepView(submit(atSeveralForm(), oneDay, today)).kind).toBe('ticket');
  });

  it('prepares the request to paste, with every value typed and the catalogue entry', () => {
    const view = expectKind(stepView(submit(atSeveralForm(), guests, today)), 'ticket');
    expect(view.ticket.target).toEqual({
      catalogueEntry: 'Accès au réseau « ouvert » Wifi : UM-NET',
      category: 'Informatique et Numérique',
    });
    const text = ticketText(view.ticket, { preparedOn: today });
    expect(text.split('\n').slice(0, 10)).toEqual([
      // « 25 » is typed: the space after it is the author's, next to a value, left ordinary.
      `Objet${nn}: Création de 25 comptes invités`,
      typeset(
        'Destination : Centre de Services, catégorie « Informatique et Numérique », entrée du catalogue « Accès au réseau « ouvert » Wifi : UM-NET »',
      ),
      '',
      'Informations',
      `- Nombre d’invités${nn}: 25`,
      `- Début de l’accès${nn}: 01/12/2026`,
      `- Fin de l’accès${nn}: 03/12/2026`,
      `- Motif${nn}: Colloque international de chimie verte`,
      `- Nom de l’événement${nn}: ChemGreen 2026`,
      '',
    ]);
    expect(text).toContain(`Réponses\n- Membre du personnel UM avec un compte actif${nn}: oui\n`);
    expect(screenText(view)).toContain(
      typeset(
        'Dans le catalogue de services, choisissez la catégorie « Informatique et Numérique », puis l’entrée « Accès au réseau « ouvert » Wifi : UM-NET ».',
      ),
    );
  });

  it('leaves the event name out when it is not given', () => {
    const view = stepView(submit(atSeveralForm(), { ...guests, eventName: '' }, today));
    expect(screenText(view)).not.toContain('Nom de l’événement');
  });
});

describe('guest-accounts: search', () => {
  it.each(['invité', 'invités', 'INVITE', 'wifi invité', 'compte invité', 'wifi pour un invité'])(
    'puts the guest flow first for « %s »',
    (query) => {
      expect(topHit(query)).toBe('guest-accounts');
    },
  );

  it('matches both words of « wifi invité », so it wins whatever the catalogue order', () => {
    expect(topHit('wifi invité', [...catalog].reverse())).toBe('guest-accounts');
    expect(searchFlows(catalog, 'wifi').map((entry) => entry.id)).toContain('guest-accounts');
  });

  it('leaves « wifi » alone to the network flow', () => {
    expect(topHit('wifi')).toBe('network-connection');
  });
});
