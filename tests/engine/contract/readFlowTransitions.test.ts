// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  askType,
  clearJam,
  details,
  expectProblems,
  flowConfig,
  machineOf,
  problem,
} from '../../support/printerJamFlow';

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
