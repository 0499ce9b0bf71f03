import { describe, expect, it } from 'vitest';
import {
  describeTarget,
  mailtoHref,
  notProvided,
  stepView,
  submit,
  ticketJson,
  ticketText,
  type Origin,
  type Ticket,
} from '../../src/engine';
import { expectKind, today } from '../support/allFlows';
import { atDetailsForm, networkFlow as flow, wiredValues } from '../support/networkWalk';

const emptyOptional = { ...wiredValues, workingSocket: '' };

/** Walks the wired branch to its ticket through the engine, as the UI does. */
function wiredTicket(values: Record<string, string> = emptyOptional, origin?: Origin): Ticket {
  return expectKind(stepView(submit(atDetailsForm('WIRED', origin), values, today)), 'ticket')
    .ticket;
}

function wifiTicket(): Ticket {
  const values = {
    wifiNetwork: 'UM-Personnel',
    location: 'Bât. A, 2e étage',
    since: '2026-11-24',
    pcName: 'UM-PC-7',
  };
  return expectKind(stepView(submit(atDetailsForm('WIFI'), values, today)), 'ticket').ticket;
}

describe('the wired ticket', () => {
  const ticket = wiredTicket();

  it('fills its title from the template', () => {
    expect(ticket.title).toBe(
      'Problème de connexion réseau filaire — prise B12-034, PC UM-PC-4242',
    );
  });

  it('lists the fields in the declared order, labelled, as people read them', () => {
    expect(ticket.fields).toEqual([
      {
        name: 'socketNumber',
        label: 'Numéro de la prise réseau utilisée',
        value: 'B12-034',
        stateId: 'wiredDetails',
      },
      {
        name: 'workingSocket',
        label: 'Numéro d’une prise qui fonctionne dans le même bureau (facultatif)',
        value: 'Non renseigné',
        stateId: 'wiredDetails',
      },
      {
        name: 'since',
        label: 'Depuis quand le problème est-il apparu ?',
        value: '20/11/2026',
        stateId: 'wiredDetails',
      },
      { name: 'pcName', label: 'Nom du PC', value: 'UM-PC-4242', stateId: 'wiredDetails' },
      {
        name: 'dockingStation',
        label: 'Où le câble est-il branché quand le problème se produit ?',
        value: "Sur la station d'accueil (PC portable)",
        stateId: 'wiredDetails',
      },
    ]);
    expect(notProvided).toBe('Non renseigné');
  });

  it('reports the checks already done, with their summaries', () => {
    expect(ticket.checks).toEqual([
      {
        stateId: 'connectionType',
        question: 'Type de connexion',
        answer: 'filaire (câble Ethernet)',
      },
      {
        stateId: 'checkCable',
        question: 'Câble Ethernet vérifié',
        answer: 'oui, le problème persiste',
      },
    ]);
  });

  it('names where to file it and the flow it comes from', () => {
    expect(ticket.target).toEqual({ category: 'Informatique et Numérique' });
    expect(ticket.flow).toEqual({
      id: 'network-connection',
      title: 'Problème de connexion réseau',
      version: flow.version,
    });
    expect(flow.version).toMatch(/^h[0-9a-f]{8}$/);
    expect(ticket.origin).toBeUndefined();
  });

  it('reads as the text agents receive', () => {
    // The version is the flow's config hash: any edit to the flow changes it.
    expect(ticketText(ticket)).toBe(
      [
        'Objet : Problème de connexion réseau filaire — prise B12-034, PC UM-PC-4242',
        'À déposer dans le Centre de Services : catégorie « Informatique et Numérique »',
        '',
        'Informations',
        '- Numéro de la prise réseau utilisée : B12-034',
        '- Numéro d’une prise qui fonctionne dans le même bureau (facultatif) : Non renseigné',
        '- Depuis quand le problème est-il apparu ? : 20/11/2026',
        '- Nom du PC : UM-PC-4242',
        "- Où le câble est-il branché quand le problème se produit ? : Sur la station d'accueil (PC portable)",
        '',
        'Vérifications déjà faites',
        '- Type de connexion : filaire (câble Ethernet)',
        '- Câble Ethernet vérifié : oui, le problème persiste',
        '',
        `Procédure : Problème de connexion réseau (network-connection, version ${flow.version})`,
      ].join('\n'),
    );
  });

  it('is structured data for the agents’ tools', () => {
    expect(ticketJson(ticket)).toEqual({
      title: 'Problème de connexion réseau filaire — prise B12-034, PC UM-PC-4242',
      target: { category: 'Informatique et Numérique' },
      fields: {
        socketNumber: { label: 'Numéro de la prise réseau utilisée', value: 'B12-034' },
        workingSocket: {
          label: 'Numéro d’une prise qui fonctionne dans le même bureau (facultatif)',
          value: 'Non renseigné',
        },
        since: { label: 'Depuis quand le problème est-il apparu ?', value: '20/11/2026' },
        pcName: { label: 'Nom du PC', value: 'UM-PC-4242' },
        dockingStation: {
          label: 'Où le câble est-il branché quand le problème se produit ?',
          value: "Sur la station d'accueil (PC portable)",
        },
      },
      checks: [
        { question: 'Type de connexion', answer: 'filaire (câble Ethernet)' },
        { question: 'Câble Ethernet vérifié', answer: 'oui, le problème persiste' },
      ],
      flow: {
        id: 'network-connection',
        title: 'Problème de connexion réseau',
        version: flow.version,
      },
    });
    expect(Object.keys(ticketJson(ticket).fields)).toEqual([
      'socketNumber',
      'workingSocket',
      'since',
      'pcName',
      'dockingStation',
    ]);
  });
});

describe('the e-mail link', () => {
  const typed = 'PC&Co #1? été\n<script>alert("x")</script>';
  // A single-line field folds the line break into a space: a subject is one line.
  const pcName = 'PC&Co #1? été <script>alert("x")</script>';
  const ticket = wiredTicket({ ...wiredValues, pcName: ` ${typed} ` });
  const href = mailtoHref(ticket);

  it('carries the user’s value, trimmed and on one line', () => {
    expect(ticket.fields.find((field) => field.name === 'pcName')?.value).toBe(pcName);
    expect(ticket.title).toBe(`Problème de connexion réseau filaire — prise B12-034, PC ${pcName}`);
  });

  it('percent-encodes the subject and the body, which decode back to the title and the text', () => {
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const parts = href.slice('mailto:?subject='.length).split('&body=');
    expect(parts).toHaveLength(2);
    const [subject = '', body = ''] = parts;
    for (const encoded of [subject, body]) {
      // Only what encodeURIComponent leaves as is: no raw &, #, ?, <, space, newline or accent.
      expect(encoded).toMatch(/^[A-Za-z0-9\-_.!~*'()%]+$/);
    }
    expect(subject).toContain('PC%26Co%20%231%3F%20%C3%A9t%C3%A9%20%3Cscript%3E');
    expect(decodeURIComponent(subject)).toBe(ticket.title);
    expect(decodeURIComponent(body)).toBe(ticketText(ticket));
    expect(decodeURIComponent(body)).toContain(`- Nom du PC : ${pcName}\n`);
  });
});

it('the Wi-Fi ticket holds only Wi-Fi fields and the Wi-Fi check', () => {
  const ticket = wifiTicket();
  expect(ticket.title).toBe('Problème de connexion Wi-Fi — PC UM-PC-7');
  expect(ticket.fields.map((field) => [field.name, field.value])).toEqual([
    ['wifiNetwork', 'UM-Personnel'],
    ['location', 'Bât. A, 2e étage'],
    ['since', '24/11/2026'],
    ['pcName', 'UM-PC-7'],
  ]);
  expect(ticketText(ticket)).not.toMatch(/prise|socket|station d'accueil/i);
  expect(ticket.checks).toEqual([
    { stateId: 'connectionType', question: 'Type de connexion', answer: 'Wi-Fi' },
    {
      stateId: 'checkWifi',
      question: 'Wi-Fi activé et bon réseau vérifiés',
      answer: 'oui, le problème persiste',
    },
  ]);
});

it('reports the checks of a flow the user came from', () => {
  const origin = {
    flowTitle: 'Autre problème',
    checks: [{ question: 'Redémarrage fait', answer: 'oui' }],
  };
  const ticket = wiredTicket(wiredValues, origin);
  expect(ticket.origin).toEqual(origin);
  expect(ticketJson(ticket).origin).toEqual(origin);
  expect(ticketText(ticket)).toContain(
    '\n\nProcédure suivie auparavant : Autre problème\n- Redémarrage fait : oui\n\nProcédure : Problème de connexion réseau',
  );
});

describe('describeTarget', () => {
  it('names each part of the target the flow gives, in a fixed order', () => {
    expect(describeTarget({ category: 'Informatique et Numérique' })).toBe(
      'catégorie « Informatique et Numérique »',
    );
    expect(describeTarget({ catalogueEntry: 'Poste de travail', domain: 'Informatique' })).toBe(
      'domaine « Informatique », entrée du catalogue « Poste de travail »',
    );
    expect(
      describeTarget({
        domain: 'Informatique',
        category: 'Réseau',
        catalogueEntry: 'Prise réseau',
      }),
    ).toBe('domaine « Informatique », catégorie « Réseau », entrée du catalogue « Prise réseau »');
  });
});
