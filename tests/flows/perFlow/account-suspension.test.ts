// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  answer,
  scheduleLines,
  startSession,
  stepView,
  submit,
  typeset,
} from '../../../src/engine';
import { expectKind, flowById, today } from '../../support/allFlows';
import { errorsAfter, screenText, topHit, walk } from '../../support/walks/flowWalk';

const flow = flowById('account-suspension');

const active = () => answer(startSession(flow), 'ACTIVE');

function outcome(profile: 'TITULAR' | 'TEACHING_STAFF' | 'OTHER_STAFF', endDate: string) {
  const atForm = answer(active(), profile);
  return expectKind(stepView(submit(atForm, { endDate }, today)), 'resolution');
}

describe('account-suspension', () => {
  it('asks the profile once the account is known to work, with the FAQ’s three profiles', () => {
    const first = expectKind(stepView(startSession(flow)), 'question');
    expect(first.answers.map((a) => a.event)).toEqual(['ACTIVE', 'SUSPENDED']);
    const view = expectKind(stepView(active()), 'question');
    expect(view.answers.map((a) => a.label)).toEqual([
      'Personnel titulaire ou contractuel',
      'Vacataire d’enseignement, ou hébergé éducation nationale',
      'Autre personnel',
    ]);
  });

  it.each([
    ['TITULAR', '12 mois'],
    ['TEACHING_STAFF', '6 mois'],
    ['OTHER_STAFF', '3 mois'],
  ] as const)(
    'gives %s the e-mail duration (%s), the deactivated rights and the reminders',
    (profile, duration) => {
      const view = outcome(profile, '');
      const text = [view.step.title, ...view.step.body].join('\n');
      expect(view.step.title).toContain(typeset(duration));
      expect(text).toContain('vos droits d’accès aux ressources numériques sont désactivés');
      expect(text).toContain(
        typeset(
          '60 jours avant la fin de votre activité, puis des rappels 31 jours, 15 jours et 8 jours avant',
        ),
      );
      expect(text).toContain('est suspendu');
      expect(view.schedule).toBeUndefined();
    },
  );

  it('tells titulaires and contractuels how to ask for an extension in the ENT', () => {
    const text = outcome('TITULAR', '').step.body.join('\n');
    expect(text).toContain('reconductible sur demande');
    expect(text).toContain('«\u202fGestion de compte\u202f»');
    expect(text).toContain(
      '«\u202fGérer votre demande de prolongation de compte informatique\u202f»',
    );
    // They are titulaires or contractuels: telling them whom it is for says nothing.
    expect(text).not.toContain('titulaire ou contractuel');
  });

  it.each(['TEACHING_STAFF', 'OTHER_STAFF'] as const)(
    'tells %s that the extension is for titulaires and contractuels only',
    (profile) => {
      const text = outcome(profile, '').step.body.join('\n');
      expect(text).toContain(
        'La prolongation de cette durée sur demande est réservée au personnel titulaire ou contractuel.',
      );
      expect(text).not.toContain('Gestion de compte');
    },
  );

  it('computes the calendar dates from the end-of-activity date, month ends included', () => {
    const rows = outcome('TITULAR', '2027-01-31').schedule?.rows ?? [];
    expect(rows.map((row) => row.date)).toEqual([
      '2026-12-02',
      '2026-12-31',
      '2027-01-16',
      '2027-01-23',
      '2027-01-31',
      '2028-01-31',
    ]);
    expect(rows.map((row) => row.future)).toEqual([
      'Vous recevrez un premier e-mail de rappel le mercredi 2 décembre 2026.',
      'Vous recevrez un rappel le jeudi 31 décembre 2026.',
      'Vous recevrez un rappel le samedi 16 janvier 2027.',
      'Vous recevrez un dernier rappel le samedi 23 janvier 2027.',
      'Votre activité prendra fin le dimanche 31 janvier 2027.',
      'Sans prolongation, votre e-mail UM restera actif jusqu’au lundi 31 janvier 2028.',
    ]);
    expect(outcome('TEACHING_STAFF', '2026-08-31').schedule?.rows.at(-1)?.future).toBe(
      'Votre e-mail UM restera actif jusqu’au dimanche 28 février 2027.',
    );
    expect(outcome('OTHER_STAFF', '2026-11-30').schedule?.rows.at(-1)?.date).toBe('2027-02-28');
  });

  it('speaks of dates already past in the past tense, never « vous recevrez »', () => {
    // today is 25 November 2026: the activity ended on 31 May 2025, the e-mail stayed until 31 May 2026.
    for (const profile of ['TITULAR', 'TEACHING_STAFF', 'OTHER_STAFF'] as const) {
      const view = outcome(profile, '2025-05-31');
      const lines = view.schedule ? scheduleLines(view.schedule, today) : [];
      expect(lines).toHaveLength(6);
      for (const line of lines) expect(line).not.toMatch(/recevrez|prendra|restera/);
      expect(lines).toContain('Votre activité a pris fin le samedi 31 mai 2025.');
      expect(lines.at(-1)).toMatch(/est resté actif jusqu’au/);
      // The text around the dates states the rule, true whatever the date.
      expect(view.step.body.join('\n')).not.toMatch(/recevrez|sera suspendu/);
    }
  });

  it('mixes tenses around today: past reminders, the rest to come', () => {
    const view = outcome('OTHER_STAFF', '2026-12-20');
    expect(view.schedule && scheduleLines(view.schedule, today)).toEqual([
      'Un premier e-mail de rappel vous a été envoyé le mercredi 21 octobre 2026.',
      'Un rappel vous a été envoyé le jeudi 19 novembre 2026.',
      // 5 December, then 12 December, and the day itself: still to come.
      'Vous recevrez un rappel le samedi 5 décembre 2026.',
      'Vous recevrez un dernier rappel le samedi 12 décembre 2026.',
      'Votre activité prendra fin le dimanche 20 décembre 2026.',
      'Votre e-mail UM restera actif jusqu’au samedi 20 mars 2027.',
    ]);
    const onTheDay = outcome('OTHER_STAFF', today);
    expect(onTheDay.schedule && scheduleLines(onTheDay.schedule, today)[4]).toBe(
      'Votre activité prendra fin le mercredi 25 novembre 2026.',
    );
  });

  it('refuses a date that does not exist, keeping what was typed', () => {
    const atForm = answer(active(), 'TITULAR');
    const view = expectKind(stepView(submit(atForm, { endDate: '2027-02-30' }, today)), 'form');
    expect(view.fields[0]).toMatchObject({
      value: '2027-02-30',
      error: 'Le 30/02/2027 n’existe pas\u202f: vérifiez le jour et le mois.',
    });
  });

  it('sends a suspended account to the public assistance form, with a number to call back', () => {
    const atEnd = submit(walk(flow, 'SUSPENDED', 'TITULAR'), { endDate: '2026-06-30' }, today);
    const contact = expectKind(stepView(atEnd), 'form');
    expect(contact.stateId).toBe('suspendedContact');
    expect(errorsAfter(atEnd, { fullName: 'Camille Martin', contactPhone: '' })).toMatchObject({
      contactPhone: 'Indiquez le numéro où l’agent peut vous rappeler.',
    });
    const values = { fullName: 'Camille Martin', contactPhone: '04 12 34 56 78' };
    const view = expectKind(stepView(submit(atEnd, values, today)), 'ticket');
    expect(view.ticket.channel).toBe('assistanceForm');
    const text = screenText(view);
    expect(text).not.toMatch(/Centre de Services/);
    expect(text).toContain('formulaire public de demande d’assistance');
    expect(text).toContain('Un agent de l’assistance vous rappelle au numéro indiqué.');
    expect(text).toContain(typeset('- Compte UM : suspendu, plus de connexion possible'));
    expect(text).toContain(typeset('- Profil : titulaire ou contractuel'));
    expect(text).toContain('- Date de fin d’activité\u202f: 30/06/2026');
    // Typed: the digit groups keep their ordinary spaces.
    expect(text).toContain('- Téléphone\u202f: 04 12 34 56 78');
  });

  it.each(['prolongation', 'départ', 'fin de contrat'])(
    'is found first when searching « %s »',
    (query) => {
      expect(topHit(query)).toBe('account-suspension');
    },
  );
});
