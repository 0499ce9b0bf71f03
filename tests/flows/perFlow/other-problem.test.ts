// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answer, back, startSession, stepView, submit, typeset } from '../../../src/engine';
import { expectKind, flowById, today } from '../../support/allFlows';
import { errorsAfter, screenText, walk } from '../../support/walks/flowWalk';

const flow = flowById('other-problem');

const problem = {
  problem: 'L’imprimante du couloir affiche « Erreur 49 ».',
  since: '2026-11-20',
  location: 'Triolet, bâtiment 16, 2e étage, bureau 214',
  pcName: '',
};

describe('other-problem', () => {
  it('asks first whether the person can log in, since that decides where the request goes', () => {
    const view = expectKind(stepView(startSession(flow)), 'question');
    expect(view.answers.map((a) => a.event)).toEqual(['CAN_LOG_IN', 'CANNOT_LOG_IN']);
  });

  it('prepares a Centre de Services ticket for someone who can log in', () => {
    const view = expectKind(stepView(submit(walk(flow, 'CAN_LOG_IN'), problem, today)), 'ticket');
    expect(view.ticket.channel).toBe('serviceCenter');
    expect(view.ticket.target).toBeUndefined();
    const text = screenText(view);
    expect(text).toContain('Destination\u202f: Centre de Services\n');
    // Typed, with « »: as typed.
    expect(text).toContain(`- Problème\u202f: ${problem.problem}`);
    expect(text).toContain('- Depuis\u202f: 20/11/2026');
    expect(text).toContain(typeset('- Connexion à l’ENT : possible'));
    expect(text).not.toContain('Nom du PC');
  });

  it('takes its subject from the start of the problem, not from where the person is', () => {
    const short = expectKind(stepView(submit(walk(flow, 'CAN_LOG_IN'), problem, today)), 'ticket');
    expect(short.ticket.title).toBe('L’imprimante du couloir affiche « Erreur 49 ».');
    const long = {
      ...problem,
      problem:
        'Depuis la mise à jour de lundi, le logiciel de gestion des congés refuse mes identifiants\net affiche une page blanche.',
    };
    const view = expectKind(stepView(submit(walk(flow, 'CAN_LOG_IN'), long, today)), 'ticket');
    expect(view.ticket.title).toBe('Depuis la mise à jour de lundi, le logiciel de gestion des…');
    expect(screenText(view)).toContain(`Objet\u202f: ${view.ticket.title}\n`);
    expect(view.ticket.title).not.toContain('Triolet');
  });

  it('sends someone who cannot log in to the public form, asking where to call them back', () => {
    const atContact = submit(walk(flow, 'CANNOT_LOG_IN'), problem, today);
    expect(stepView(atContact).stateId).toBe('blockedContact');
    expect(errorsAfter(atContact, { fullName: '', contactPhone: '12' })).toMatchObject({
      fullName: 'Indiquez vos nom et prénom, pour que l’agent sache qui rappeler.',
      contactPhone: typeset(
        'Ce numéro a 2 chiffres : saisissez un numéro français à 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
      ),
    });
    const contact = { fullName: 'Camille Martin', contactPhone: '+33 6 12 34 56 78' };
    const view = expectKind(stepView(submit(atContact, contact, today)), 'ticket');
    expect(view.ticket.channel).toBe('assistanceForm');
    const text = screenText(view);
    expect(text).not.toMatch(/Centre de Services/);
    expect(text).toContain('Destination\u202f: formulaire public de demande d’assistance');
    expect(text).toContain('- Téléphone\u202f: +33 6 12 34 56 78');
    expect(text).toContain('- Connexion à l’ENT\u202f: impossible');
    expect(view.ticket.title).toBe(
      'Sans accès à l’ENT — L’imprimante du couloir affiche « Erreur 49 ».',
    );
  });

  it('forgets the blocked answer when the person goes back and says they can log in', () => {
    const changed = answer(back(walk(flow, 'CANNOT_LOG_IN')), 'CAN_LOG_IN');
    const view = stepView(submit(changed, problem, today));
    expect(view.stateId).toBe('ticket');
  });
});
