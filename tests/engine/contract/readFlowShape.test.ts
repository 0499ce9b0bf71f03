// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  askType,
  clearJam,
  details,
  done,
  expectProblems,
  flowConfig,
  printerField,
  problem,
  read,
  rootMeta,
  sinceField,
} from '../../support/printerJamFlow';

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

it('refuses nested states: a flow is flat', () => {
  const states = { clearJam: { ...clearJam(), initial: 'open', states: { open: {} } } };
  expectProblems(flowConfig({ states }), [
    problem(
      'clearJam',
      "« states » n'est pas pris en charge. Une procédure est une suite d'étapes à plat",
    ),
  ]);
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
