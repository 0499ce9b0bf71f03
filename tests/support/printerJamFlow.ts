import { expect } from 'vitest';
import { createMachine } from 'xstate';
import { FlowContractError, readFlow, type FlowProblem } from '../../src/engine';

/**
 * Broken flows are built with xstate's plain, untyped `createMachine`, so configs that break
 * the contract still compile; each test of tests/engine/contract/readFlow*.test.ts breaks one
 * thing of this small valid flow.
 */
export const file = 'flows/printer-jam.ts';

export const rootMeta = {
  kind: 'flow',
  title: "Bourrage d'imprimante",
  description: "L'imprimante affiche un bourrage papier.",
  category: 'Impression',
  keywords: ['imprimante', 'bourrage'],
  symptoms: ["l'imprimante n'imprime plus"],
};

export const printerField = {
  name: 'printerName',
  label: "Nom de l'imprimante",
  type: 'text',
  required: true,
  pattern: { regex: '^[A-Z0-9-]+$', message: 'Lettres majuscules, chiffres et tirets.' },
};
export const sinceField = { name: 'since', label: 'Depuis quand ?', type: 'date', required: true };

export function askType() {
  return {
    meta: { kind: 'question', prompt: 'Quel est le problème ?', summaryLabel: 'Type de problème' },
    on: {
      PAPER_JAM: { target: 'clearJam', meta: { label: 'Un bourrage papier', summary: 'bourrage' } },
      OTHER: { target: 'details', meta: { label: 'Autre chose' } },
    },
  };
}

export function clearJam() {
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

export function details() {
  return {
    meta: { kind: 'form', title: 'Décrivez le problème', fields: [printerField, sinceField] },
    on: { SUBMIT: { target: 'ticket', actions: 'saveFields' } },
  };
}

export function ticket() {
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

export function done() {
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
export function flowConfig(overrides: { id?: string; meta?: object; states?: object } = {}) {
  return {
    id: 'printer-jam',
    initial: 'askType',
    context: { fields: {} },
    meta: rootMeta,
    ...overrides,
    states: { ...validStates(), ...overrides.states },
  };
}

export function machineOf(config: object) {
  return createMachine(config);
}

export function read(config: object, at = file) {
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
export function problem(state: string | undefined, message: string): FlowProblem {
  return state === undefined ? { file, message } : { file, state, message };
}

/**
 * Expects exactly these problems, in this order: same file, same state, and a message containing
 * the expected part. A message that does not contain it shows in full in the diff.
 */
export function expectProblems(config: object, expected: readonly FlowProblem[], at = file) {
  const found = problemsOf(config, at).map((actual, index) => {
    const part = expected[index]?.message;
    return part !== undefined && actual.message.includes(part)
      ? { ...actual, message: part }
      : actual;
  });
  expect(found).toEqual(expected);
}
