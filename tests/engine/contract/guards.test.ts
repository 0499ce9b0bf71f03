// @vitest-environment node
import { expect, it } from 'vitest';
import {
  answer,
  flowSetup,
  readFlow,
  setup,
  startSession,
  stepView,
  submit,
} from '../../../src/engine';
import { today } from '../../support/allFlows';

/** A form that branches on its own choice, and a later question that branches on it again. */
const flow = readFlow(
  setup(flowSetup).createMachine({
    id: 'device-choice',
    context: { fields: {} },
    meta: {
      kind: 'flow',
      title: 'Choix d’appareil',
      description: 'Test des gardes.',
      category: 'Tests',
      keywords: ['test'],
      symptoms: [],
    },
    initial: 'device',
    states: {
      device: {
        meta: {
          kind: 'form',
          title: 'Quel appareil ?',
          fields: [
            {
              name: 'device',
              label: 'Appareil',
              type: 'choice',
              required: true,
              options: [
                { value: 'computer', label: 'Ordinateur' },
                { value: 'phone', label: 'Téléphone' },
              ],
            },
          ],
        },
        on: {
          SUBMIT: [
            {
              target: 'computer',
              guard: { type: 'fieldEquals', params: { field: 'device', value: 'computer' } },
              actions: 'saveFields',
            },
            { target: 'other', actions: 'saveFields' },
          ],
        },
      },
      computer: {
        meta: { kind: 'question', prompt: 'Portable ?' },
        on: {
          YES: {
            target: 'done',
            guard: { type: 'fieldEquals', params: { field: 'device', value: 'computer' } },
            meta: { label: 'Oui' },
          },
          NO: { target: 'done', meta: { label: 'Non' } },
        },
      },
      other: { type: 'final', meta: { kind: 'resolution', title: 'Autre appareil', body: ['.'] } },
      done: { type: 'final', meta: { kind: 'resolution', title: 'Ordinateur', body: ['.'] } },
    },
  }),
  'flows/device-choice.ts',
);

it('lets a form branch on a choice made in that same form', () => {
  const computer = submit(startSession(flow), { device: 'computer' }, today);
  expect(stepView(computer).stateId).toBe('computer');
  expect(stepView(submit(startSession(flow), { device: 'phone' }, today)).stateId).toBe('other');
});

it('lets a later step branch on a value collected earlier', () => {
  const computer = submit(startSession(flow), { device: 'computer' }, today);
  expect(stepView(answer(computer, 'YES')).stateId).toBe('done');
});
