// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  agentLabel,
  startSession,
  stepView,
  submit,
  ticketText,
  typeset,
} from '../../../src/engine';
import { expectKind, flowById, today } from '../../support/allFlows';
import { errorsAfter, topHit, walk } from '../../support/walks/flowWalk';

const flow = flowById('office365-reassociation');
const exactMessage = typeset('« Désolé, nous avons rencontré un problème »');
/** The narrow no-break space the ticket's words put before a colon. */
const nn = '\u202f';

const failureValues = {
  application: 'powerPoint',
  windowsVersion: 'Version 22H2 (build 19045.3803)',
  errorMessage: 'Désolé, nous avons rencontré un problème. Code 0xCAA70004',
  pcName: 'UM-PC-1234',
};

describe('the screens', () => {
  it('names the exact message and asks first which system', () => {
    const view = expectKind(stepView(startSession(flow)), 'question');
    expect(view.flowTitle).toContain(exactMessage);
    expect(view.stateId).toBe('whichSystem');
    expect(view.answers.map((a) => a.label)).toEqual([
      'Windows',
      'macOS (Mac)',
      'Un autre système',
    ]);
    expect(view.step.help).toContain('Windows 11');
  });

  it('never says the re-association is for Windows 10 only, not even on the home card', () => {
    const texts = JSON.stringify(flow.machine.config);
    expect(texts).not.toMatch(/ne vaut que pour Windows 10|[Ss]ous Windows 10,|hors Windows 10/);
    expect(flow.meta.description).not.toContain('Windows 10');
  });

  it('explains the cause, then gives the menu path in order, then asks if the account is listed', () => {
    const view = expectKind(stepView(walk(flow, 'WINDOWS')), 'instructions');
    expect(view.step.intro).toContain('compte institutionnel UM');
    expect(view.step.intro).toContain(typeset('« compte professionnel ou scolaire »'));
    const path = [
      '« Démarrer »',
      'roue dentée',
      '« Comptes »',
      '« Accès Professionnel ou Scolaire »',
    ].map(typeset);
    const positions = path.map((item) => view.step.steps.findIndex((s) => s.includes(item)));
    expect(positions.every((index) => index >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(view.step.steps.at(-1)).toContain('compte institutionnel UM dans la liste');
    expect(view.step.prompt).toBe('Votre compte UM figure-t-il dans la liste\u202f?');
    expect(view.answers.map((a) => a.event)).toEqual(['LISTED', 'NOT_LISTED', 'MENU_NOT_FOUND']);
    expect(view.answers.at(-1)?.label).toBe('Je ne trouve pas ce menu');
  });

  it('scenario 1: removes the listed account, then signs in again with the UM e-mail credentials', () => {
    const view = expectKind(stepView(walk(flow, 'WINDOWS', 'LISTED')), 'instructions');
    const steps = view.step.steps;
    const remove = steps.findIndex((s) => s.includes(typeset('« Supprimer »')));
    const signIn = steps.findIndex((s) => s.includes(typeset('« Se connecter »')));
    expect(steps[0]).toContain('Sélectionnez votre compte UM');
    expect(remove).toBeGreaterThan(0);
    expect(signIn).toBeGreaterThan(remove);
    expect(steps[signIn]).toContain('Une fois le compte supprimé');
    expect(steps.join('\n')).toContain('identifiants de messagerie UM');
    expect(steps.join('\n')).toContain('instructions à l’écran');
  });

  it('scenario 2: signs in with the UM e-mail credentials, nothing to remove', () => {
    const view = expectKind(stepView(walk(flow, 'WINDOWS', 'NOT_LISTED')), 'instructions');
    expect(view.step.steps[0]).toBe('Cliquez sur «\u202fSe connecter\u202f».');
    expect(view.step.steps.join('\n')).toContain('identifiants de messagerie UM');
    expect(view.step.steps.join('\n')).toContain('instructions à l’écran');
    expect(view.step.steps.join('\n')).not.toContain('Supprimer');
  });

  it.each(['LISTED', 'NOT_LISTED'])(
    'ends on a resolution asking to restart the app (%s)',
    (listed) => {
      const view = expectKind(stepView(walk(flow, 'WINDOWS', listed, 'FIXED')), 'resolution');
      expect(view.stateId).toBe('resolved');
      expect(view.step.body.join('\n')).toMatch(/redémarrez-la/);
    },
  );

  it.each(['MACOS', 'OTHER_SYSTEM'])(
    'sends %s to a form, the re-association being done in Windows’ settings',
    (system) => {
      const view = expectKind(stepView(walk(flow, system)), 'form');
      expect(view.stateId).toBe('otherSystemDetails');
      expect(view.step.intro).toContain('paramètres de Windows');
      expect(view.fields.map((f) => f.field.name)).toEqual([
        'application',
        'errorMessage',
        'computerName',
      ]);
    },
  );

  it('sends someone who cannot find the menu to the form, with the PC name', () => {
    const view = expectKind(stepView(walk(flow, 'WINDOWS', 'MENU_NOT_FOUND')), 'form');
    expect(view.stateId).toBe('failureDetails');
    expect(view.step.intro).not.toContain('réassocié');
    expect(view.fields.find((f) => f.field.name === 'pcName')?.field.required).toBe(true);
  });
});

describe('the forms', () => {
  it('offers every application as a choice', () => {
    const view = expectKind(stepView(walk(flow, 'WINDOWS', 'LISTED', 'STILL_FAILING')), 'form');
    const application = view.fields.find((f) => f.field.name === 'application')?.field;
    expect(application?.type === 'choice' && application.options.map((o) => o.label)).toEqual([
      'Teams',
      'Outlook',
      'Word',
      'Excel',
      'PowerPoint',
      'OneDrive',
      'Une autre application',
    ]);
    expect(view.fields.find((f) => f.field.name === 'errorMessage')?.field.hint).toContain(
      'exactement',
    );
    expect(view.fields.find((f) => f.field.name === 'pcName')?.field.hint).toContain(
      'étiquette jaune ou bleue',
    );
  });

  it('gives a French error for every empty required field, and none for the optional one', () => {
    const atForm = walk(flow, 'WINDOWS', 'NOT_LISTED', 'STILL_FAILING');
    const empty = { application: '', windowsVersion: '', errorMessage: '  ', pcName: '' };
    expect(errorsAfter(atForm, empty)).toEqual({
      application: 'Choisissez l’application qui affiche le message.',
      windowsVersion: undefined,
      errorMessage: 'Recopiez le message d’erreur affiché.',
      pcName: 'Indiquez le nom du PC inscrit sur l’étiquette jaune ou bleue.',
    });
  });

  it('gives a French error for an unknown application and for values too long', () => {
    const atForm = walk(flow, 'WINDOWS', 'LISTED', 'STILL_FAILING');
    const invalid = {
      application: 'notepad',
      windowsVersion: 'x'.repeat(61),
      errorMessage: 'x'.repeat(301),
      pcName: 'x'.repeat(65),
    };
    expect(errorsAfter(atForm, invalid)).toEqual({
      application: 'Choisissez une des réponses proposées.',
      windowsVersion: 'Ce champ est limité à 60 caractères\u202f: raccourcissez-le.',
      errorMessage: 'Ce champ est limité à 300 caractères\u202f: raccourcissez-le.',
      pcName: 'Ce champ est limité à 64 caractères\u202f: raccourcissez-le.',
    });
  });

  it('checks the other-system form the same way', () => {
    const atForm = walk(flow, 'MACOS');
    expect(errorsAfter(atForm, { application: '', errorMessage: '', computerName: '' })).toEqual({
      application: 'Choisissez l’application qui affiche le message.',
      errorMessage: 'Recopiez le message d’erreur affiché.',
      computerName: undefined,
    });
    const tooLong = { application: 'safari', errorMessage: 'x'.repeat(301), computerName: '' };
    expect(errorsAfter(atForm, tooLong)).toEqual({
      application: 'Choisissez une des réponses proposées.',
      errorMessage: 'Ce champ est limité à 300 caractères\u202f: raccourcissez-le.',
      computerName: undefined,
    });
  });
});

describe('the tickets', () => {
  it.each([
    ['LISTED', 'Compte UM supprimé puis réassocié à Windows', 'présent dans la liste'],
    ['NOT_LISTED', 'Compte UM ajouté et associé à Windows', 'absent de la liste'],
  ])(
    'after scenario %s, holds every value typed and the scenario tried',
    (listed, tried, found) => {
      const atForm = walk(flow, 'WINDOWS', listed, 'STILL_FAILING');
      const view = expectKind(stepView(submit(atForm, failureValues, today)), 'ticket');
      const text = ticketText(view.ticket, { preparedOn: today });
      // The FAQ names no category for this: the person simply creates a ticket.
      expect(view.ticket.target).toBeUndefined();
      expect(view.ticket.title).toBe(
        `Office 365${nn}: ${exactMessage} malgré la réassociation du compte UM — PC UM-PC-1234`,
      );
      for (const line of [
        '- Application qui affiche le message\u202f: PowerPoint',
        '- Version de Windows\u202f: Version 22H2 (build 19045.3803)',
        `- Message d’erreur affiché\u202f: ${failureValues.errorMessage}`,
        '- Nom du PC\u202f: UM-PC-1234',
        '- Système\u202f: Windows',
        `- Compte UM dans «\u202fAccès Professionnel ou Scolaire\u202f»\u202f: ${found}`,
        `- ${tried}\u202f: fait, le message s’affiche toujours`,
      ]) {
        expect(text).toContain(line);
      }
      expect(view.ticket.answers.map((line) => line.question)).toEqual(['Système']);
      expect(view.ticket.checks).toHaveLength(2);
    },
  );

  it('leaves the Windows version out when it was not given', () => {
    const atForm = walk(flow, 'WINDOWS', 'LISTED', 'STILL_FAILING');
    const view = expectKind(
      stepView(submit(atForm, { ...failureValues, windowsVersion: '' }, today)),
      'ticket',
    );
    expect(ticketText(view.ticket, { preparedOn: today })).not.toContain('Version de Windows');
  });

  it('when the menu cannot be found, says so in the subject and the checks, with the PC', () => {
    const atForm = walk(flow, 'WINDOWS', 'MENU_NOT_FOUND');
    const view = expectKind(stepView(submit(atForm, failureValues, today)), 'ticket');
    expect(view.stateId).toBe('menuNotFoundTicket');
    expect(view.ticket.title).toBe(
      `Office 365\u202f: ${exactMessage}, menu «\u202fAccès Professionnel ou Scolaire\u202f» introuvable — PC UM-PC-1234`,
    );
    const text = ticketText(view.ticket, { preparedOn: today });
    expect(text).toContain(
      '- Compte UM dans «\u202fAccès Professionnel ou Scolaire\u202f»\u202f: menu introuvable',
    );
    expect(text).toContain('- Nom du PC\u202f: UM-PC-1234');
  });

  it.each([
    ['MACOS', 'macOS'],
    ['OTHER_SYSTEM', 'autre système'],
  ])(
    'for %s, holds the application, the system, the exact message and the PC',
    (system, summary) => {
      const values = {
        application: 'teams',
        errorMessage: 'Désolé, nous avons rencontré un problème',
        computerName: 'UM-MAC-0042',
      };
      const view = expectKind(stepView(submit(walk(flow, system), values, today)), 'ticket');
      expect(view.stateId).toBe('otherSystemTicket');
      expect(view.ticket.target).toBeUndefined();
      expect(view.ticket.title).toBe(`Office 365 hors Windows\u202f: ${exactMessage}`);
      expect(ticketText(view.ticket, { preparedOn: today })).toContain(
        [
          '- Application qui affiche le message\u202f: Teams',
          '- Message d’erreur affiché\u202f: Désolé, nous avons rencontré un problème',
          '- Nom du PC\u202f: UM-MAC-0042',
          '',
          'Réponses',
          `- Système\u202f: ${summary}`,
        ].join('\n'),
      );
    },
  );

  it('asks for the PC name on the way to every ticket', () => {
    const tickets = [...flow.steps.values()].flatMap(({ step }) =>
      step.kind === 'ticket' ? [step] : [],
    );
    expect(tickets).toHaveLength(3);
    for (const ticket of tickets) {
      const labels = ticket.fields.map((name) => {
        const field = flow.fields.get(name);
        return field && agentLabel(field);
      });
      expect(labels).toContain('Nom du PC');
    }
  });
});

describe('search', () => {
  it.each([
    'teams',
    'Teams',
    'erreur office',
    'désolé problème',
    'Désolé, nous avons rencontré un problème',
  ])('puts the flow first for « %s »', (query) => {
    expect(topHit(query)).toBe('office365-reassociation');
  });
});
