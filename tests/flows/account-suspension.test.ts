import { describe, expect, it } from 'vitest';
import { answer, startSession, stepView, submit } from '../../src/engine';
import { expectKind, flowById, today } from '../support/allFlows';
import { errorsAfter, screenText, topHit, walk } from '../support/flowWalk';

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
      expect(view.step.title).toContain(duration);
      expect(text).toContain('vos droits d’accès aux ressources numériques sont désactivés');
      expect(text).toContain(
        '60 jours avant la fin de votre activité, puis des rappels 31 jours, 15 jours et 8 jours avant',
      );
      expect(text).toContain('sera suspendu');
      expect(view.schedule).toBeUndefined();
    },
  );

  it('tells titulaires and contractuels how to ask for an extension in the ENT', () => {
    const text = outcome('TITULAR', '').step.body.join('\n');
    expect(text).toContain('reconductible sur demande');
    expect(text).toContain('« Gestion de compte »');
    expect(text).toContain('« Gérer votre demande de prolongation de compte informatique »');
    expect(outcome('OTHER_STAFF', '').step.body.join('\n')).not.toContain('prolongation');
  });

  it('computes the calendar dates from the end-of-activity date, month ends included', () => {
    expect(outcome('TITULAR', '2027-01-31').schedule?.rows).toEqual([
      { label: 'Premier e-mail de rappel', date: 'mercredi 2 décembre 2026' },
      { label: 'Rappel', date: 'jeudi 31 décembre 2026' },
      { label: 'Rappel', date: 'samedi 16 janvier 2027' },
      { label: 'Dernier rappel', date: 'samedi 23 janvier 2027' },
      { label: 'Fin de votre activité', date: 'dimanche 31 janvier 2027' },
      { label: 'Fin de l’accès à l’e-mail UM, sans prolongation', date: 'lundi 31 janvier 2028' },
    ]);
    expect(outcome('TEACHING_STAFF', '2026-08-31').schedule?.rows.at(-1)).toEqual({
      label: 'Fin de l’accès à l’e-mail UM',
      date: 'dimanche 28 février 2027',
    });
    expect(outcome('OTHER_STAFF', '2026-11-30').schedule?.rows.at(-1)?.date).toBe(
      'dimanche 28 février 2027',
    );
  });

  it('refuses a date that does not exist, keeping what was typed', () => {
    const atForm = answer(active(), 'TITULAR');
    const view = expectKind(stepView(submit(atForm, { endDate: '2027-02-30' }, today)), 'form');
    expect(view.fields[0]).toMatchObject({
      value: '2027-02-30',
      error: 'Saisissez une date valide, par exemple 25/11/2026.',
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
    expect(text).toContain('- Compte UM : suspendu, plus de connexion possible');
    expect(text).toContain('- Profil : titulaire ou contractuel');
    expect(text).toContain('- Date de fin d’activité : 30/06/2026');
    expect(text).toContain('- Téléphone : 04 12 34 56 78');
  });

  it.each(['prolongation', 'départ', 'fin de contrat'])(
    'is found first when searching « %s »',
    (query) => {
      expect(topHit(query)).toBe('account-suspension');
    },
  );
});
