// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  answer,
  describeDestination,
  describeTarget,
  mailSubject,
  mailtoHref,
  startSession,
  stepView,
  submit,
  ticketBody,
  ticketJson,
  ticketText,
  type Origin,
  type Ticket,
} from '../../../src/engine';
import { expectKind, today } from '../../support/allFlows';
import {
  atDetailsForm,
  contactValues,
  networkFlow as flow,
  officeValues,
  toWiredTicket,
  wiredValues,
} from '../../support/walks/networkWalk';

const emptyOptional = { ...wiredValues, workingSocket: '' };
const context = { preparedOn: today, agentLink: 'https://depannage.test/#/diagnostic/abc' };

/** Walks the wired branch to its ticket through the engine, as the UI does. */
function wiredTicket(
  values: Record<string, string> = emptyOptional,
  options: Parameters<typeof toWiredTicket>[2] = {},
  origin?: Origin,
): Ticket {
  const session = toWiredTicket(atDetailsForm('WIRED', origin), values, options);
  return expectKind(stepView(session), 'ticket').ticket;
}

const wifiValues = {
  location: 'Bât. A, 2e étage',
  wifiNetwork: 'UM-Personnel',
  since: '2026-11-24',
};

function wifiTicket(device: 'UM_PC' | 'PHONE_OR_TABLET'): Ticket {
  const atDevice = answer(answer(answer(startSession(flow), 'WIFI'), 'STILL_FAILING'), device);
  const details = submit(atDevice, wifiValues, today);
  const named = device === 'UM_PC' ? submit(details, { pcName: 'UM-PC-7' }, today) : details;
  return expectKind(stepView(submit(named, contactValues, today)), 'ticket').ticket;
}

describe('the wired ticket', () => {
  const ticket = wiredTicket();

  it('fills its title from the template', () => {
    expect(ticket.title).toBe(
      'Problème de connexion réseau filaire — prise B12-034, PC UM-PC-4242',
    );
  });

  it('labels the fields for the agent, in the declared order, empty ones kept as empty', () => {
    expect(ticket.fields.map(({ name, label, value }) => [name, label, value])).toEqual([
      ['socketNumber', 'Prise utilisée', 'B12-034'],
      ['workingSocket', 'Prise qui fonctionne dans le même bureau', ''],
      ['since', 'Depuis', '20/11/2026'],
      ['pcName', 'Nom du PC', 'UM-PC-4242'],
      ['dockingStation', 'Branchement', 'Sur la station d’accueil (PC portable)'],
      ['site', 'Site', ''],
      ['building', 'Bâtiment', ''],
      ['floor', 'Étage', ''],
      ['room', 'Bureau', ''],
      ['contactPhone', 'Téléphone', '06 12 34 56 78'],
      ['availability', 'Disponibilités', 'le matin'],
    ]);
    expect(ticket.fields.find((field) => field.name === 'contactPhone')?.stateId).toBe(
      'wiredContact',
    );
  });

  it('tells what the person chose from what they tried', () => {
    expect(ticket.answers).toEqual([
      {
        stateId: 'connectionType',
        question: 'Type de connexion',
        answer: 'filaire (câble Ethernet)',
      },
      {
        stateId: 'officeKnown',
        question: 'Localisation dans le Centre de Services',
        answer: 'à jour',
      },
    ]);
    expect(ticket.checks).toEqual([
      {
        stateId: 'checkCable',
        question: 'Câble Ethernet vérifié et rebranché',
        answer: 'fait, toujours pas de connexion',
      },
    ]);
  });

  it('goes to the Centre de Services with no invented category, and names its flow', () => {
    expect(ticket.channel).toBe('serviceCenter');
    expect(ticket.target).toBeUndefined();
    expect(ticket.flow).toEqual({
      id: 'network-connection',
      title: 'Problème de connexion réseau',
      version: flow.version,
      versionLabel: flow.version.slice(1, 7),
    });
    expect(flow.version).toMatch(/^h[0-9a-f]{8}$/);
    expect(ticket.origin).toBeUndefined();
  });

  it('reads as an agent’s record: no empty line, no « facultatif », references last', () => {
    expect(ticketText(ticket, context)).toBe(
      [
        'Objet\u202f: Problème de connexion réseau filaire — prise B12-034, PC UM-PC-4242',
        'Destination\u202f: Centre de Services',
        '',
        'Informations',
        '- Prise utilisée\u202f: B12-034',
        '- Depuis\u202f: 20/11/2026',
        '- Nom du PC\u202f: UM-PC-4242',
        '- Branchement\u202f: Sur la station d’accueil (PC portable)',
        '- Téléphone\u202f: 06 12 34 56 78',
        '- Disponibilités\u202f: le matin',
        '',
        'Réponses',
        '- Type de connexion\u202f: filaire (câble Ethernet)',
        '- Localisation dans le Centre de Services\u202f: à jour',
        '',
        'Vérifications déjà faites',
        '- Câble Ethernet vérifié et rebranché\u202f: fait, toujours pas de connexion',
        '',
        'Détail pour l’agent\u202f: https://depannage.test/#/diagnostic/abc',
        `Référence\u202f: network-connection, version ${flow.versionLabel}, préparée le 25/11/2026`,
      ].join('\n'),
    );
    expect(ticketText(ticket, context)).not.toMatch(/facultatif|Non renseigné|\?/);
  });

  it('leaves the agent’s link out when the page cannot give one', () => {
    expect(ticketText(ticket, { preparedOn: today })).not.toContain('Détail pour l’agent');
  });

  it('adds the office when the Centre de Services does not know it', () => {
    const withOffice = wiredTicket(wiredValues, { office: officeValues });
    expect(ticketText(withOffice, context)).toContain(
      '- Site\u202f: Triolet\n- Bâtiment\u202f: Bâtiment 16\n- Étage\u202f: 2\n- Bureau\u202f: 214\n',
    );
    expect(withOffice.answers.at(-1)?.answer).toBe('pas à jour');
  });

  it('is structured data for the agents’ tools, empty values kept as empty', () => {
    const json = ticketJson(ticket);
    expect(json).toMatchObject({
      title: 'Problème de connexion réseau filaire — prise B12-034, PC UM-PC-4242',
      channel: 'serviceCenter',
      answers: [
        { question: 'Type de connexion', answer: 'filaire (câble Ethernet)' },
        { question: 'Localisation dans le Centre de Services', answer: 'à jour' },
      ],
      checks: [
        {
          question: 'Câble Ethernet vérifié et rebranché',
          answer: 'fait, toujours pas de connexion',
        },
      ],
      flow: { id: 'network-connection', version: flow.version },
    });
    expect(json).not.toHaveProperty('target');
    expect(json.fields.workingSocket).toEqual({
      label: 'Prise qui fonctionne dans le même bureau',
      value: '',
    });
    expect(Object.keys(json.fields)).toEqual(ticket.fields.map((field) => field.name));
  });
});

describe('the e-mail link', () => {
  const typed = 'PC&Co #1? été\n<script>alert("x")</script>';
  // A single-line field folds the line break into a space: a subject is one line.
  const pcName = 'PC&Co #1? été <script>alert("x")</script>';
  const ticket = wiredTicket({ ...wiredValues, pcName: ` ${typed} ` });
  const href = mailtoHref(ticket, 'assistance@exemple.fr', context);

  it('carries the user’s value, trimmed and on one line', () => {
    expect(ticket.fields.find((field) => field.name === 'pcName')?.value).toBe(pcName);
    expect(ticket.title).toBe(`Problème de connexion réseau filaire — prise B12-034, PC ${pcName}`);
  });

  it('is addressed, tagged for mail rules, and does not repeat the subject in its body', () => {
    const match = /^mailto:([^?]*)\?subject=([^&]*)&body=([^&]*)$/.exec(href);
    expect(match).not.toBeNull();
    const [, recipient = '', subject = '', body = ''] = match ?? [];
    expect(recipient).toBe('assistance@exemple.fr');
    for (const encoded of [subject, body]) {
      // Only what encodeURIComponent leaves as is: no raw &, #, ?, <, space, newline or accent.
      expect(encoded).toMatch(/^[A-Za-z0-9\-_.!~*'()%]+$/);
    }
    expect(subject).toContain('PC%26Co%20%231%3F%20%C3%A9t%C3%A9%20%3Cscript%3E');
    expect(decodeURIComponent(subject)).toBe(mailSubject(ticket));
    expect(mailSubject(ticket)).toBe(`[network-connection] ${ticket.title}`);
    expect(decodeURIComponent(body)).toBe(ticketBody(ticket, context));
    expect(decodeURIComponent(body)).not.toContain('Objet');
    expect(decodeURIComponent(body)).toContain(`- Nom du PC\u202f: ${pcName}\n`);
  });

  it('encodes a recipient that would break the link', () => {
    expect(mailtoHref(ticket, 'a?b&c@exemple.fr', context)).toMatch(
      /^mailto:a%3Fb%26c@exemple\.fr\?/,
    );
  });
});

describe('what the person typed', () => {
  // Everything typeset would change: an apostrophe, spaces before : and ?, a number and its unit.
  const typed = "PC de l'accueil : salle 8 h ?";
  const ticket = wiredTicket({ ...wiredValues, pcName: typed });

  it('stays as typed in the ticket, its subject and its text, among typeset words', () => {
    expect(ticket.fields.find((field) => field.name === 'pcName')?.value).toBe(typed);
    expect(ticket.title).toBe(`Problème de connexion réseau filaire — prise B12-034, PC ${typed}`);
    expect(ticketText(ticket, context)).toContain(`\n- Nom du PC\u202f: ${typed}\n`);
    expect(ticketText(ticket, context)).toContain(
      '\n- Branchement\u202f: Sur la station d’accueil (PC portable)\n',
    );
  });

  it('stays as typed in the form, back at it', () => {
    const form = expectKind(stepView(atDetailsForm('WIRED')), 'form');
    const values = Object.fromEntries(form.fields.map(({ field }) => [field.name, '']));
    const refused = submit(atDetailsForm('WIRED'), { ...values, pcName: typed }, today);
    const shown = expectKind(stepView(refused), 'form').fields;
    expect(shown.find(({ field }) => field.name === 'pcName')?.value).toBe(typed);
  });
});

describe('the Wi-Fi ticket', () => {
  it('puts the place first and asks the PC name of a UM computer only', () => {
    const umPc = wifiTicket('UM_PC');
    expect(umPc.title).toBe('Problème de connexion Wi-Fi — Bât. A, 2e étage');
    expect(umPc.fields.map((field) => [field.name, field.value])).toEqual([
      ['location', 'Bât. A, 2e étage'],
      ['wifiNetwork', 'UM-Personnel'],
      ['since', '24/11/2026'],
      ['pcName', 'UM-PC-7'],
      ['contactPhone', '06 12 34 56 78'],
      ['availability', 'le matin'],
    ]);
    expect(ticketText(umPc, context)).not.toMatch(/prise|socket|station d’accueil/i);
    expect(umPc.answers.map((line) => `${line.question} : ${line.answer}`)).toEqual([
      'Type de connexion : Wi-Fi',
      'Appareil : ordinateur de l’UM',
    ]);
    expect(umPc.checks).toEqual([
      {
        stateId: 'checkWifi',
        question: 'Wi-Fi activé et bon réseau vérifiés',
        answer: 'fait, toujours pas de connexion',
      },
    ]);
    const phone = wifiTicket('PHONE_OR_TABLET');
    expect(phone.fields.find((field) => field.name === 'pcName')?.value).toBe('');
    expect(ticketText(phone, context)).not.toContain('Nom du PC');
    expect(ticketText(phone, context)).toContain('- Appareil\u202f: téléphone ou tablette');
  });
});

it('reports the checks of a flow the user came from', () => {
  const origin = {
    flowTitle: 'Autre problème',
    checks: [{ question: 'Redémarrage fait', answer: 'oui' }],
  };
  const ticket = wiredTicket(wiredValues, {}, origin);
  expect(ticket.origin).toEqual(origin);
  expect(ticketJson(ticket).origin).toEqual(origin);
  expect(ticketText(ticket, context)).toContain(
    '\n\nProcédure suivie auparavant\u202f: Autre problème\n- Redémarrage fait\u202f: oui\n\nDétail pour',
  );
});

describe('where a ticket goes', () => {
  it('names each part of the target the flow gives, in a fixed order', () => {
    expect(describeTarget({ domain: 'Ressources Humaines' })).toBe(
      'domaine «\u202fRessources Humaines\u202f»',
    );
    expect(describeTarget({ catalogueEntry: 'Poste de travail', domain: 'Informatique' })).toBe(
      'domaine «\u202fInformatique\u202f», entrée du catalogue «\u202fPoste de travail\u202f»',
    );
    expect(
      describeTarget({
        domain: 'Informatique',
        category: 'Réseau',
        catalogueEntry: 'Prise réseau',
      }),
    ).toBe(
      'domaine «\u202fInformatique\u202f», catégorie «\u202fRéseau\u202f», entrée du catalogue «\u202fPrise réseau\u202f»',
    );
  });

  it('typesets the FAQ’s names too: « Wifi : UM-NET » is read, not typed', () => {
    expect(describeTarget({ catalogueEntry: 'Accès au réseau « ouvert » Wifi : UM-NET' })).toBe(
      'entrée du catalogue «\u202fAccès au réseau «\u202fouvert\u202f» Wifi\u202f: UM-NET\u202f»',
    );
  });

  it('says the channel: the Centre de Services with its target, or the public form', () => {
    const ticket = wiredTicket();
    expect(describeDestination({ ...ticket, target: { domain: 'Ressources Humaines' } })).toBe(
      'Centre de Services, domaine «\u202fRessources Humaines\u202f»',
    );
    const form = describeDestination({ ...ticket, channel: 'assistanceForm' });
    expect(form).toContain('formulaire public de demande d’assistance');
    expect(form).not.toContain('Centre de Services');
  });
});
