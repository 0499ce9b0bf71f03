// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  askType,
  details,
  done,
  expectProblems,
  flowConfig,
  printerField,
  problem,
  read,
  sinceField,
  ticket,
} from '../../support/printerJamFlow';

describe('a ticket', () => {
  const withTicket = (meta: object) =>
    flowConfig({ states: { ticket: { ...ticket(), meta: { ...ticket().meta, ...meta } } } });

  it('cites only fields a form collects', () => {
    expectProblems(withTicket({ fields: ['printerName', 'since', 'phone'] }), [
      problem('ticket', "le champ « phone » n'est collecté par aucun formulaire."),
    ]);
  });

  it('reports answers of questions and instructions only', () => {
    expectProblems(withTicket({ answers: ['askType', 'details', 'nowhere'] }), [
      problem('ticket', "answers cite « details », qui n'est ni une question ni des instructions."),
      problem('ticket', "answers cite « nowhere », qui n'est ni une question ni des instructions."),
    ]);
  });

  it('fills its title only from its own fields', () => {
    expectProblems(withTicket({ ticketTitle: 'Bourrage sur {printerName} en salle {room}' }), [
      problem(
        'ticket',
        'ticketTitle utilise {room}, absent de fields. Ajoutez « room » à fields ou retirez-le du titre.',
      ),
    ]);
  });
});

describe('the rules of a form', () => {
  const withRules = (fields: object[], rules: object[]) =>
    flowConfig({
      states: { details: { ...details(), meta: { ...details().meta, fields, rules } } },
    });

  it('compare two exact dates of the same form', () => {
    const until = { name: 'until', label: 'Jusqu’à quand ?', type: 'date', required: true };
    expect(() =>
      read(withRules([printerField, sinceField, until], [{ field: 'until', after: 'since' }])),
    ).not.toThrow();
  });

  it('name only fields of the form, and say which ones there are', () => {
    expectProblems(withRules([printerField, sinceField], [{ field: 'untill', after: 'since' }]), [
      problem(
        'details',
        "rules.0 cite « untill », qui n'est pas un champ de ce formulaire. Corrigez le nom : les champs de ce formulaire sont printerName, since.",
      ),
    ]);
  });

  it('name date fields, never an approximate one, and two different ones', () => {
    const approximate = { ...sinceField, name: 'noticed', approximate: true };
    expectProblems(
      withRules(
        [printerField, sinceField, approximate],
        [
          { field: 'since', notBefore: 'printerName' },
          { field: 'since', after: 'noticed' },
          { field: 'since', after: 'since' },
        ],
      ),
      [
        problem('details', "rules.0 cite « printerName », un champ de type 'text'."),
        problem('details', 'rules.1 cite « noticed », une date approximative'),
        problem('details', 'rules.2 compare « since » à lui-même.'),
      ],
    );
  });

  it('and a schedule counts from an exact date only', () => {
    const entry = { days: 7, future: 'Rappel le {date}.', past: 'Rappelé le {date}.' };
    const schedule = { title: 'Vos dates', from: 'since', entries: [entry] };
    const scheduled = (field: object) =>
      flowConfig({
        states: {
          details: { ...details(), meta: { ...details().meta, fields: [printerField, field] } },
          done: { ...done(), meta: { ...done().meta, schedule } },
        },
      });
    expect(() => read(scheduled(sinceField))).not.toThrow();
    expectProblems(scheduled({ ...sinceField, approximate: true }), [
      problem('done', 'schedule.from cite « since », une date approximative'),
    ]);
  });

  it('take exactly one of after and notBefore', () => {
    expectProblems(withRules([printerField, sinceField], [{ field: 'since' }]), [
      problem('details', 'écrivez soit after, soit notBefore'),
    ]);
  });
});

describe('a fieldEquals guard', () => {
  const kindField = {
    name: 'printerKind',
    label: 'Type d’imprimante',
    type: 'choice',
    required: true,
    options: [
      { value: 'laser', label: 'Laser' },
      { value: 'inkjet', label: 'Jet d’encre' },
    ],
  };
  /** The form branches on its own choice, comparing it to `value`. */
  const branchingOn = (value: string, extraFields: object[] = []) => ({
    details: {
      meta: { ...details().meta, fields: [printerField, sinceField, kindField, ...extraFields] },
      on: {
        SUBMIT: [
          {
            target: 'ticket',
            guard: { type: 'fieldEquals', params: { field: 'printerKind', value } },
            actions: 'saveFields',
          },
          { target: 'ticket', actions: 'saveFields' },
        ],
      },
    },
  });

  it('recognises an option’s label typed from memory, and names the value to use', () => {
    expectProblems(flowConfig({ states: branchingOn("jet d'encre") }), [
      problem(
        'details',
        "SUBMIT: la garde compare « printerKind » à « jet d'encre » : c’est le label de l’option « inkjet » ; utilisez sa value « inkjet ».",
      ),
    ]);
  });

  it('accepts an option’s value, or a value a setField writes into the same field', () => {
    expect(() => read(flowConfig({ states: branchingOn('inkjet') }))).not.toThrow();
    const states = {
      ...branchingOn('colour'),
      askType: {
        ...askType(),
        on: {
          ...askType().on,
          OTHER: {
            target: 'details',
            actions: { type: 'setField', params: { field: 'printerKind', value: 'colour' } },
            meta: { label: 'Autre chose' },
          },
        },
      },
    };
    expect(() => read(flowConfig({ states }))).not.toThrow();
  });

  it('is not checked on a text field, where any value may be typed', () => {
    const states = {
      details: {
        ...details(),
        on: {
          SUBMIT: [
            {
              target: 'ticket',
              guard: { type: 'fieldEquals', params: { field: 'printerName', value: 'HP-01' } },
              actions: 'saveFields',
            },
            { target: 'ticket', actions: 'saveFields' },
          ],
        },
      },
    };
    expect(() => read(flowConfig({ states }))).not.toThrow();
  });
});
