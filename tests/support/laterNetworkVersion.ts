import { flowSetup, readFlow, setup, type FlowModel } from '../../src/engine';
import { networkFlow } from './walks/networkWalk';

/**
 * network-connection as a later version might be: the cable check's answers renamed, so a walk
 * saved or linked on today's version replays only up to that step.
 */
export function laterNetworkVersion(): FlowModel {
  const machine = setup(flowSetup).createMachine({
    id: 'network-connection',
    context: { fields: {} },
    meta: { ...networkFlow.meta, version: 2 },
    initial: 'connectionType',
    states: {
      connectionType: {
        meta: { kind: 'question', prompt: 'Comment votre ordinateur est-il relié au réseau ?' },
        on: { WIRED: { target: 'checkCable', meta: { label: 'Par un câble Ethernet' } } },
      },
      checkCable: {
        meta: {
          kind: 'instructions',
          title: 'Vérifiez le câble',
          steps: ['Rebranchez-le.'],
          prompt: 'Ça marche ?',
        },
        on: { DONE: { target: 'resolved', meta: { label: 'Oui' } } },
      },
      resolved: { type: 'final', meta: { kind: 'resolution', title: 'Résolu', body: ['Résolu.'] } },
    },
  });
  return readFlow(machine, networkFlow.file);
}
