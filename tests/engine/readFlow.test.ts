// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { FlowContractError, readFlow, type FlowProblem } from '../../src/engine';

/**
 * Broken flows are built with xstate's plain, untyped `createMachine`, so configs that break
 * the contract still compile; each test breaks one thing of a small valid flow.
 */
const file = 'flows/printer-jam.ts';

const rootMeta = {
  kind: 'flow',
  title: "Bourrage d'imprimante",
  description: "L'imprimante affiche un bourrage papier.",
  category: 'Impression',
  keywords: ['imprimante', 'bourrage'],
  symptoms: ["l'imprimante n'imprime plus"],
};

const printerField = {
  name: 'printerName',
  label: "Nom de l'imprimante",
  type: 'text',
  required: true,
  pattern: { regex: '^[A-Z0-9-]+$', message: 'Lettres majuscules, chiffres et tirets.' },
};
const sinceField = { name: 'since', label: 'Depuis quand ?', type: 'date', required: true };

function askType() {
  return {
    meta: { kind: 'question', prompt: 'Quel est le problème ?', summaryLabel: 'Type de problème' },
    on: {
      PAPER_JAM: { target: 'clearJam', meta: { label: 'Un bourrage papier', summary: 'bourrage' } },
      OTHER: { target: 'details', meta: { label: 'Autre chose' } },
    },
  };
}

function clearJam() {
  return {
    meta: {
      kind: 'instructions',
      title: 'Retirez le papier coincé',
      steps: ['Ouvrez le capot.', 'Retirez la feuille.'],
      prompt: "L'imprimante fonctionne-t-elle ?",
    },
    on: {
      FIXED: { target: 'done', meta: { label: 'Oui' } },
      STILL_JAMMED: { target: 'details', meta: { label: 'Non', summary: 'toujours bloquée' } },
    },
  };
}

function details() {
  return {
    meta: { kind: 'form', title: 'Décrivez le problème', fields: [printerField, sinceField] },
    on: { SUBMIT: { target: 'ticket', actions: 'saveFields' } },
  };
}

function ticket() {
  return {
    type: 'final',
    meta: {
      kind: 'ticket',
      title: 'Vérifiez votre demande',
      target: { category: 'Impression' },
      ticketTitle: 'Bourrage sur {printerName}',
      fields: ['printerName', 'since'],
      answers: ['askType', 'clearJam'],
    },
  };
}

function done() {
  return { type: 'final', meta: { kind: 'resolution', title: 'Réglé', body: ["C'est réparé."] } };
}

function validStates() {
  return {
    askType: askType(),
    clearJam: clearJam(),
    details: details(),
    ticket: ticket(),
    done: done(),
  };
}

/** The valid flow, with some top-level keys or states replaced. */
function flowConfig(overrides: { id?: string; meta?: object; states?: object } = {}) {
  return {
    id: 'printer-jam',
    initial: 'askType',
    context: { fields: {} },
    meta: rootMeta,
    ...overrides,
    states: { ...validStates(), ...overrides.states },
  };
}

function machineOf(config: object) {
  return createMachine(config);
}

function read(config: object, at = file) {
  return readFlow(machineOf(config), at);
}

function problemsOf(config: object, at = file): FlowProblem[] {
  try {
    read(config, at);
  } catch (error) {
    if (error instanceof FlowContractError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the flow to be rejected');
}

/** A problem of the test flow; `message` is a distinctive part of the real message. */
function problem(state: string | undefined, message: string): FlowProblem {
  return state === undefined ? { file, message } : { file, state, message };
}

/**
 * Expects exactly these problems, in this order: same file, same state, and a message containing
 * the expected part. A message that does not contain it shows in full in the diff.
 */
function expectProblems(config: object, expected: readonly FlowProblem[], at = file) {
  const found = problemsOf(config, at).map((actual, index) => {
    const part = expected[index]?.message;
    return part !== undefined && actual.message.includes(part)
      ? { ...actual, message: part }
      : actual;
  });
  expect(found).toEqual(expected);
}

describe('a valid flow', () => {
  it('is read into its steps, answers and fields', () => {
    const flow = read(flowConfig());
    expect(flow).toMatchObject({ id: 'printer-jam', file, initial: 'askType' });
    expect(flow.meta.title).toBe("Bourrage d'imprimante");
    expect([...flow.steps.keys()]).toEqual(['askType', 'clearJam', 'details', 'ticket', 'done']);
    expect(flow.steps.get('askType')?.answers).toEqual([
      {
        event: 'PAPER_JAM',
        target: 'clearJam',
        label: 'Un bourrage papier',
        summary: 'bourrage',
        guarded: false,
        sets: [],
      },
      {
        event: 'OTHER',
        target: 'details',
        label: 'Autre chose',
        summary: 'Autre chose',
        guarded: false,
        sets: [],
      },
    ]);
    expect(flow.steps.get('details')?.answers).toEqual([
      {
        event: 'SUBMIT',
        target: 'ticket',
        label: 'Continuer',
        summary: 'Continuer',
        guarded: false,
        sets: [],
      },
    ]);
    expect([...flow.fields.keys()]).toEqual(['printerName', 'since']);
    expect(flow.distances.get('askType')).toBe(2);
  });

  it('accepts named guards and actions, written as a name or as { type, params }', () => {
    const states = {
      askType: {
        ...askType(),
        on: {
          PAPER_JAM: [
            {
              target: 'clearJam',
              guard: { type: 'fieldFilled', params: { field: 'printerName' } },
              meta: { label: 'Un bourrage papier' },
            },
            { target: 'details', meta: { label: 'Un bourrage papier' } },
          ],
        },
      },
      details: {
        ...details(),
        on: { SUBMIT: { target: 'ticket', actions: [{ type: 'saveFields' }] } },
      },
    };
    const answers = read(flowConfig({ states })).steps.get('askType')?.answers ?? [];
    expect(answers.map((a) => a.target)).toEqual(['clearJam', 'details']);
  });
});

describe('the root of the machine', () => {
  it('has the file name as id', () => {
    expectProblems(flowConfig({ id: 'printer' }), [
      problem(undefined, "l'id de la machine est « printer ». Écrivez id: 'printer-jam'"),
    ]);
    expectProblems(
      flowConfig({ id: 'PrinterJam' }),
      [{ file: 'flows/PrinterJam.ts', message: 'en minuscules avec des tirets' }],
      'flows/PrinterJam.ts',
    );
  });

  it('has a meta describing the flow', () => {
    const rootProblem = (message: string) =>
      problem(undefined, `${message}. Le meta racine décrit la procédure`);
    expectProblems(flowConfig({ meta: undefined }), [
      rootProblem('meta : manquant (un objet attendu)'),
    ]);
    expectProblems(flowConfig({ meta: { ...rootMeta, title: undefined } }), [
      rootProblem('meta.title : manquant (un texte attendu)'),
    ]);
    expectProblems(flowConfig({ meta: { ...rootMeta, keywords: [] } }), [
      rootProblem('meta.keywords : il faut au moins 1 élément(s)'),
    ]);
  });
});

describe('the meta of a state', () => {
  it('is of a known kind', () => {
    const states = {
      askType: { ...askType(), meta: { kind: 'quiz', prompt: 'Quel est le problème ?' } },
    };
    // The ticket's answers cite askType: that is not reported again.
    expectProblems(flowConfig({ states }), [
      problem(
        'askType',
        'meta.kind : valeur inconnue ; valeurs possibles : question, instructions, form, resolution, ticket',
      ),
    ]);
  });

  it('is present', () => {
    expectProblems(flowConfig({ states: { clearJam: { ...clearJam(), meta: undefined } } }), [
      problem(
        'clearJam',
        "meta : manquant (un objet attendu). Voir les types d'étapes dans docs/guide-auteur.md.",
      ),
    ]);
  });

  it('gives each property the right type', () => {
    const states = { askType: { ...askType(), meta: { kind: 'question', prompt: 42 } } };
    expectProblems(flowConfig({ states }), [problem('askType', 'meta.prompt : un texte attendu')]);
  });

  it('holds no unknown property (a typo)', () => {
    const states = {
      askType: { ...askType(), meta: { kind: 'question', promt: 'Quel est le problème ?' } },
    };
    expectProblems(flowConfig({ states }), [
      problem('askType', 'meta.prompt : manquant (un texte attendu)'),
      problem('askType', 'meta : propriété inconnue : promt (faute de frappe ?)'),
    ]);
  });

  it('holds valid regular expressions in field patterns', () => {
    const fields = [
      { ...printerField, pattern: { regex: '[A-Z', message: 'Lettres.' } },
      sinceField,
    ];
    const states = { details: { ...details(), meta: { ...details().meta, fields } } };
    // Only the broken form is reported: the ticket's fields are not called uncollected.
    expectProblems(flowConfig({ states }), [
      problem('details', 'meta.fields.0.pattern.regex : expression régulière invalide'),
    ]);
  });
});

describe('endings', () => {
  it("are the only states of type 'final'", () => {
    const states = { done: { meta: done().meta }, clearJam: { ...clearJam(), type: 'final' } };
    expectProblems(flowConfig({ states }), [
      problem(
        'clearJam',
        "une étape instructions attend une réponse. Retirez type: 'final' ou choisissez kind 'resolution' ou 'ticket'.",
      ),
      problem('done', "une étape resolution termine la procédure. Ajoutez type: 'final'."),
    ]);
  });

  it('have no transitions', () => {
    const on = { RETRY: { target: 'askType', meta: { label: 'Recommencer' } } };
    expectProblems(flowConfig({ states: { done: { ...done(), on } } }), [
      problem('done', 'une étape resolution est une fin : retirez son on.'),
    ]);
  });
});

it('needs a transition on every step that is not an ending', () => {
  expectProblems(flowConfig({ states: { clearJam: { ...clearJam(), on: undefined } } }), [
    problem(
      'clearJam',
      'aucune réponse ne mène plus loin. Ajoutez au moins une transition dans on.',
    ),
  ]);
  expectProblems(flowConfig({ states: { clearJam: { ...clearJam(), on: {} } } }), [
    problem('clearJam', 'aucune réponse ne mène plus loin.'),
  ]);
});

describe('transitions', () => {
  it('target a state of the flow, by its name', () => {
    const on = { ...clearJam().on, FIXED: { target: '#printer-jam.done', meta: { label: 'Oui' } } };
    expectProblems(flowConfig({ states: { clearJam: { ...clearJam(), on } } }), [
      problem(
        'clearJam',
        "FIXED: la cible « #printer-jam.done » n'existe pas. Choisissez parmi : askType, clearJam, details, ticket, done.",
      ),
    ]);
  });

  it('never reach readFlow with a misspelled target: xstate rejects the machine first', () => {
    const on = { ...clearJam().on, FIXED: { target: 'dnoe', meta: { label: 'Oui' } } };
    expect(() => machineOf(flowConfig({ states: { clearJam: { ...clearJam(), on } } }))).toThrow(
      /Child state 'dnoe' does not exist/,
    );
  });

  it('are objects, not the string shorthand', () => {
    const states = { clearJam: { ...clearJam(), on: { FIXED: 'done', STILL_JAMMED: 'details' } } };
    // The broken transitions say what to fix: no « aucune réponse » on top of them.
    expectProblems(flowConfig({ states }), [
      problem('clearJam', "FIXED: écrivez la cible sous la forme { target: 'done' }."),
      problem('clearJam', "STILL_JAMMED: écrivez la cible sous la forme { target: 'details' }."),
    ]);
  });

  it('carry a label', () => {
    const on = {
      PAPER_JAM: { target: 'clearJam' },
      OTHER: { target: 'details', meta: { lable: 'Autre chose' } },
    };
    expectProblems(flowConfig({ states: { askType: { ...askType(), on } } }), [
      problem(
        'askType',
        "PAPER_JAM: meta : manquant (un objet attendu). Chaque réponse a un libellé : meta: { label: '…' }.",
      ),
      problem('askType', 'OTHER: meta.label : manquant (un texte attendu)'),
      problem('askType', 'OTHER: meta : propriété inconnue : lable (faute de frappe ?)'),
    ]);
  });

  it('hold no inline function as guard or action', () => {
    const on = {
      ...askType().on,
      OTHER: {
        target: 'details',
        guard: () => true,
        actions: () => undefined,
        meta: { label: 'Autre' },
      },
    };
    expectProblems(flowConfig({ states: { askType: { ...askType(), on } } }), [
      problem(
        'askType',
        'OTHER: garde écrite comme fonction en ligne. Une procédure ne contient pas de code : utilisez un nom parmi fieldEquals, fieldFilled.',
      ),
      problem('askType', 'OTHER: action écrite comme fonction en ligne.'),
    ]);
  });

  it('name only the guards and actions the engine defines', () => {
    const on = {
      ...askType().on,
      OTHER: {
        target: 'details',
        guard: 'isColourPrinter',
        actions: [{ type: 'sendMail' }],
        meta: { label: 'Autre' },
      },
    };
    expectProblems(flowConfig({ states: { askType: { ...askType(), on } } }), [
      problem(
        'askType',
        'OTHER: garde « isColourPrinter » inconnue. Utilisez un nom parmi fieldEquals, fieldFilled.',
      ),
      problem(
        'askType',
        'OTHER: action « sendMail » inconnue. Utilisez un nom parmi saveFields, setField.',
      ),
    ]);
  });

  it('of a form are a single SUBMIT', () => {
    const on = { SEND: { target: 'ticket', actions: 'saveFields' } };
    expectProblems(flowConfig({ states: { details: { ...details(), on } } }), [
      problem(
        'details',
        "un formulaire ne répond qu'à SUBMIT, pas à SEND. Renommez l'événement en SUBMIT.",
      ),
    ]);
  });

  it('of a form save the fields', () => {
    const on = { SUBMIT: { target: 'ticket' } };
    expectProblems(flowConfig({ states: { details: { ...details(), on } } }), [
      problem(
        'details',
        "SUBMIT: ajoutez actions: 'saveFields', sinon les valeurs saisies sont perdues.",
      ),
    ]);
  });

  it('of other steps are SCREAMING_CASE answers other than SUBMIT', () => {
    const label = { meta: { label: 'Un bourrage papier' } };
    const lower = { paperJam: { target: 'clearJam', ...label } };
    expectProblems(flowConfig({ states: { askType: { ...askType(), on: lower } } }), [
      problem(
        'askType',
        "l'événement « paperJam » n'est pas un nom de réponse valide. Écrivez-le en MAJUSCULES_SOULIGNÉES",
      ),
    ]);
    const submit = { SUBMIT: { target: 'clearJam', ...label } };
    expectProblems(flowConfig({ states: { askType: { ...askType(), on: submit } } }), [
      problem('askType', "l'événement « SUBMIT » n'est pas un nom de réponse valide."),
    ]);
  });
});

it('refuses nested states: a flow is flat', () => {
  const states = { clearJam: { ...clearJam(), initial: 'open', states: { open: {} } } };
  expectProblems(flowConfig({ states }), [
    problem(
      'clearJam',
      "« states » n'est pas pris en charge. Une procédure est une suite d'étapes à plat",
    ),
  ]);
});

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

it('reports every problem at once, each with its file and state', () => {
  const states = {
    askType: { ...askType(), meta: { ...askType().meta, prompt: '' } },
    details: { ...details(), on: { SUBMIT: { target: 'ticket' } } },
  };
  expectProblems(flowConfig({ states }), [
    problem('askType', 'meta.prompt : ne doit pas être vide'),
    problem('details', "SUBMIT: ajoutez actions: 'saveFields'"),
  ]);
  expect(() => read(flowConfig({ states }))).toThrow(
    [
      `flows/printer-jam.ts: state "askType": meta.prompt : ne doit pas être vide. Voir les types d'étapes dans docs/guide-auteur.md.`,
      `flows/printer-jam.ts: state "details": SUBMIT: ajoutez actions: 'saveFields', sinon les valeurs saisies sont perdues.`,
    ].join('\n'),
  );
});

describe('the version', () => {
  it('is a hash of the config, stable while the config is', () => {
    const { version } = read(flowConfig());
    expect(version).toMatch(/^h[0-9a-f]{8}$/);
    expect(read(flowConfig()).version).toBe(version);
  });

  it('changes when the config changes', () => {
    const { version } = read(flowConfig());
    const reworded = {
      clearJam: { ...clearJam(), meta: { ...clearJam().meta, prompt: 'Ça imprime ?' } },
    };
    const changed = read(flowConfig({ states: reworded })).version;
    expect(changed).toMatch(/^h[0-9a-f]{8}$/);
    expect(changed).not.toBe(version);
  });

  it('is the declared one when the root meta has a version', () => {
    expect(read(flowConfig({ meta: { ...rootMeta, version: 3 } })).version).toBe('v3');
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
