import { flowSetup, setup } from '../../src/engine';

const flowMachines = setup(flowSetup);
type StateConfig = Parameters<typeof flowMachines.createStateConfig>[0];

/**
 * A valid flow of `size` states for benchmarks: a chain of questions whose answers skip ahead
 * (so branches merge again, the case that makes path enumeration explode), a form every tenth
 * state, and two endings. It passes `flows:check`, so the benchmark times a clean check.
 */
export function syntheticFlowConfig(size: number) {
  const last = size - 1;
  const ticket = size - 2;
  const fields: string[] = [];
  const states: Record<string, StateConfig> = {};
  const name = (index: number) =>
    index === last ? 'resolved' : index === ticket ? 'ticket' : `step${String(index)}`;
  for (let index = 0; index < ticket; index++) {
    const next = name(index + 1);
    if (index % 10 === 5) {
      const field = `field${String(index)}`;
      fields.push(field);
      states[name(index)] = {
        meta: {
          kind: 'form' as const,
          title: `Formulaire ${String(index)}`,
          fields: [
            {
              name: field,
              label: `Champ ${String(index)}`,
              type: 'text' as const,
              required: false,
            },
          ],
        },
        on: { SUBMIT: { target: next, actions: 'saveFields' } },
      };
      continue;
    }
    states[name(index)] = {
      meta: { kind: 'question' as const, prompt: `Question ${String(index)} ?` },
      on: {
        NEXT: { target: next, meta: { label: 'Suivant' } },
        SKIP: { target: name(Math.min(index + 3, ticket)), meta: { label: 'Passer' } },
        FIXED: { target: 'resolved', meta: { label: 'Résolu' } },
      },
    };
  }
  states.ticket = {
    type: 'final' as const,
    meta: {
      kind: 'ticket' as const,
      title: 'Votre demande',
      ticketTitle: 'Demande synthétique',
      fields: fields.slice(0, 20),
      answers: ['step0'],
    },
  };
  states.resolved = {
    type: 'final' as const,
    meta: { kind: 'resolution' as const, title: 'Résolu', body: ['Résolu.'] },
  };
  return {
    id: `synthetic-${String(size)}`,
    context: { fields: {} },
    meta: {
      kind: 'flow' as const,
      title: `Procédure synthétique de ${String(size)} états`,
      description: 'Générée pour les mesures.',
      category: 'Tests',
      keywords: ['synthétique'],
      symptoms: [],
    },
    initial: 'step0',
    states,
  };
}

/** The machine, with the engine's guards and actions, as a flow file would make it. */
export function syntheticFlow(size: number) {
  return flowMachines.createMachine(syntheticFlowConfig(size));
}
