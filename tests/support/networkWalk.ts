import { answer, startSession, type Origin, type Session } from '../../src/engine';
import { flowById } from './allFlows';

export const networkFlow = flowById('network-connection');

/** What a user types in the wired form, every field valid. */
export const wiredValues = {
  socketNumber: 'B12-034',
  workingSocket: 'B12-035',
  since: '2026-11-20',
  pcName: 'UM-PC-4242',
  dockingStation: 'dockingStation',
};

/** Walks network-connection to the details form of a branch, as the UI does. */
export function atDetailsForm(branch: 'WIRED' | 'WIFI', origin?: Origin): Session {
  return answer(answer(startSession(networkFlow, origin), branch), 'STILL_FAILING');
}
