// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { startSession, stepView, submit, ticketText, typeset } from '../../../src/engine';
import { expectKind, flowById, today } from '../../support/allFlows';
import { errorsAfter, screenText, topHit, walk } from '../../support/walks/flowWalk';

const flow = flowById('distribution-lists');

const list = {
  listName: 'dsin-equipe-reseau',
  recipients: 'jean.dupont@umontpellier.fr\nService Réseau de la DSIN',
  purpose: 'Informer l’équipe réseau des interventions planifiées.',
  otherInfo: 'Modération par le chef de service.',
};

/** The narrow no-break space the ticket's words put before a colon and inside « ». */
const nn = '\u202f';

const late = { requestDate: '2026-11-02', requestedList: 'labo-chimie', requestNumber: 'REQ-0815' };

it('asks first what the user needs, with the three FAQ situations', () => {
  const view = expectKind(stepView(startSession(flow)), 'question');
  expect(view.answers.map((a) => a.label)).toEqual([
    'Créer une liste de diffusion',
    'Une adresse e-mail générique (partagée)',
    'Ma demande de liste tarde à être traitée',
  ]);
});

describe('distribution-lists: creating a list', () => {
  const atForm = () => walk(flow, 'CREATE_LIST', 'PREPARE');

  it('says where to ask and who manages lists', () => {
    const text = screenText(expectKind(stepView(walk(flow, 'CREATE_LIST')), 'instructions'));
    expect(text).toContain('Accédez au Catalogue de services.');
    expect(text).toContain(typeset('Sélectionnez l’entrée « Création de listes de diffusion ».'));
    expect(text).toContain('formulaire');
    expect(text).toContain('La gestion des listes de diffusion est assurée par la DSIN');
  });

  it('asks for the information the catalogue form requires', () => {
    const view = expectKind(stepView(atForm()), 'form');
    expect(view.fields.map((f) => [f.field.label, f.field.required])).toEqual([
      ['Nom de la liste', true],
      ['Destinataires ou groupes à inclure', true],
      ['But de la liste', true],
      ['Autres informations (facultatif)', false],
    ]);
  });

  it.each([
    ['listName', '', 'Indiquez le nom souhaité pour la liste.'],
    ['listName', '  ', 'Indiquez le nom souhaité pour la liste.'],
    ['listName', 'x'.repeat(101), 'Ce champ est limité à 100 caractères\u202f: raccourcissez-le.'],
    ['recipients', '', 'Indiquez les destinataires ou les groupes à inclure dans la liste.'],
    ['recipients', '\n', 'Indiquez les destinataires ou les groupes à inclure dans la liste.'],
    ['purpose', '', 'Indiquez à quoi servira la liste.'],
    [
      'otherInfo',
      'x'.repeat(2001),
      'Ce champ est limité à 2000 caractères\u202f: raccourcissez-le.',
    ],
  ])('refuses %s = %j with a French message', (name, value, message) => {
    const errors = errorsAfter(atForm(), { ...list, [name]: value });
    expect(errors[name]).toBe(typeset(message));
    expect(Object.values(errors).filter(Boolean)).toHaveLength(1);
  });

  it('prepares the request for the catalogue entry, with every value typed', () => {
    const view = expectKind(stepView(submit(atForm(), list, today)), 'ticket');
    expect(view.ticket.target).toEqual({ catalogueEntry: 'Création de listes de diffusion' });
    expect(view.step.intro).toContain(typeset('« Création de listes de diffusion »'));
    const text = ticketText(view.ticket, { preparedOn: today });
    expect(text).toContain(
      [
        `Objet${nn}: Création de la liste de diffusion dsin-equipe-reseau`,
        `Destination${nn}: Centre de Services, entrée du catalogue «${nn}Création de listes de diffusion${nn}»`,
        '',
        'Informations',
        `- Nom de la liste${nn}: dsin-equipe-reseau`,
        `- Destinataires ou groupes à inclure${nn}: ${list.recipients}`,
        `- But de la liste${nn}: ${list.purpose}`,
        `- Autres informations${nn}: ${list.otherInfo}`,
        '',
      ].join('\n'),
    );
    expect(text.startsWith(`Objet${nn}: `)).toBe(true);
    expect(text).toContain(`Réponses\n- Besoin${nn}: Créer une liste de diffusion\n`);
    const screen = screenText(view);
    expect(screen).toContain(
      typeset(
        'Dans le catalogue de services, choisissez l’entrée « Création de listes de diffusion ».',
      ),
    );
    expect(screen).toContain('La DSIN crée la liste. Le délai dépend de sa charge de travail');
  });

  it('leaves the optional information out of the text when left empty', () => {
    const view = expectKind(
      stepView(submit(atForm(), { ...list, otherInfo: '' }, today)),
      'ticket',
    );
    expect(screenText(view)).not.toContain('Autres informations');
    expect(view.ticket.fields.find((field) => field.name === 'otherInfo')?.value).toBe('');
  });
});

describe('distribution-lists: a generic address', () => {
  const view = expectKind(stepView(walk(flow, 'GENERIC_ADDRESS')), 'question');

  it('explains there is no generic account, only a list that redirects e-mails', () => {
    const text = screenText(view);
    expect(text).toContain('Il n’existe pas de compte générique pour les e-mails.');
    expect(text).toContain('La seule possibilité est une liste de diffusion');
    expect(text).toContain('une adresse unique sont redirigés vers plusieurs destinataires');
    expect(view.answers.map((a) => a.label)).toEqual(['Créer une liste de diffusion', 'Non merci']);
  });

  it('leads into the list request, which records why', () => {
    expect(stepView(walk(flow, 'GENERIC_ADDRESS', 'CREATE_LIST')).stateId).toBe('createList');
    const atForm = walk(flow, 'GENERIC_ADDRESS', 'CREATE_LIST', 'PREPARE');
    const ticket = expectKind(stepView(submit(atForm, list, today)), 'ticket').ticket;
    expect(ticket.target).toEqual({ catalogueEntry: 'Création de listes de diffusion' });
    expect(ticketText(ticket, { preparedOn: today })).toContain(
      typeset(
        '- Besoin : Une adresse e-mail générique (partagée)\n- Pas de compte générique : une liste de diffusion à la place : oui',
      ),
    );
  });

  it('ends on a resolution on « Non merci »', () => {
    const text = screenText(
      expectKind(stepView(walk(flow, 'GENERIC_ADDRESS', 'NO_THANKS')), 'resolution'),
    );
    expect(text).toContain('Il n’existe pas de compte e-mail générique');
    expect(text).toContain(typeset('« Création de listes de diffusion »'));
  });
});

describe('distribution-lists: a request that takes time', () => {
  const atForm = () => walk(flow, 'LATE_REQUEST', 'CONTACT_ASSISTANCE');

  it('explains the delay and how to check the status in the Centre de Services', () => {
    const view = expectKind(stepView(walk(flow, 'LATE_REQUEST')), 'instructions');
    expect(view.step.intro).toContain('Le délai dépend de la charge de travail de la DSIN.');
    expect(view.step.steps).toEqual([
      'Connectez-vous au Centre de Services.',
      typeset('Retrouvez votre demande « Création de listes de diffusion ».'),
      'Vérifiez son statut.',
    ]);
    expect(view.answers.map((a) => a.label)).toEqual([
      'Oui, je veux contacter l’assistance',
      'Je vais attendre',
    ]);
  });

  it('ends on a resolution for someone who waits', () => {
    const text = screenText(expectKind(stepView(walk(flow, 'LATE_REQUEST', 'WAIT')), 'resolution'));
    expect(text).toContain('charge de travail de la DSIN');
    expect(text).toContain('vérifier son statut à tout moment dans le Centre de Services');
  });

  it.each([
    ['requestDate', '', 'Indiquez quand vous avez fait la demande.'],
    [
      'requestDate',
      '2026-13-01',
      'Le mois doit être un nombre de 1 à 12, ou son nom (« novembre », « nov. »).',
    ],
    [
      'requestDate',
      '2026-11-26',
      'Cette date est dans le futur\u202f: indiquez une date passée ou celle du jour.',
    ],
    ['requestedList', ' ', 'Indiquez le nom de la liste demandée.'],
    [
      'requestNumber',
      'x'.repeat(31),
      'Ce champ est limité à 30 caractères\u202f: raccourcissez-le.',
    ],
  ])('refuses %s = %j with a French message', (name, value, message) => {
    const errors = errorsAfter(atForm(), { ...late, [name]: value });
    expect(errors[name]).toBe(typeset(message));
    expect(Object.values(errors).filter(Boolean)).toHaveLength(1);
  });

  it('takes an approximate date, dated on the day it is given', () => {
    const view = expectKind(
      stepView(submit(atForm(), { ...late, requestDate: 'overAWeek' }, today)),
      'ticket',
    );
    expect(screenText(view)).toContain(
      '- Date de la demande\u202f: il y a plus d’une semaine (le 18/11/2026 ou avant)',
    );
  });

  it('prepares a message to the assistance with the request date and the list name', () => {
    const view = expectKind(stepView(submit(atForm(), late, today)), 'ticket');
    // The FAQ says « contacter l'assistance via le Centre de services », with no category.
    expect(view.ticket.target).toBeUndefined();
    const text = screenText(view);
    expect(text).toContain('Objet\u202f: Demande de liste de diffusion en attente — labo-chimie');
    expect(text).toContain('Destination\u202f: Centre de Services\n');
    expect(text).toContain('- Nom de la liste demandée\u202f: labo-chimie');
    expect(text).toContain('- Date de la demande\u202f: 02/11/2026');
    expect(text).toContain('- Numéro de la demande\u202f: REQ-0815');
    expect(text).toContain(
      typeset('Ouvrez le Centre de Services : ENT → Assistance → Centre de Services.'),
    );
  });
});

describe('distribution-lists: search', () => {
  it.each([
    'liste de diffusion',
    'listes de diffusion',
    'diffusion',
    'adresse générique',
    'adresse e-mail générique',
    'compte générique',
  ])('puts the flow first for « %s »', (query) => {
    expect(topHit(query)).toBe('distribution-lists');
  });
});
