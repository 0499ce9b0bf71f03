import { answer, startSession, submit, type Origin, type Session } from '../../../src/engine';
import { flowById, today } from '../allFlows';

export const networkFlow = flowById('network-connection');

/** What a user types in the wired form, every field valid. */
export const wiredValues = {
  socketNumber: 'B12-034',
  workingSocket: 'B12-035',
  since: '2026-11-20',
  pcName: 'UM-PC-4242',
  dockingStation: 'dockingStation',
};

/** Where the office is, when the Centre de Services does not know it. */
export const officeValues = { site: 'Triolet', building: 'Bâtiment 16', floor: '2', room: '214' };

/** How to reach the person: the last form of both branches. */
export const contactValues = { contactPhone: '06 12 34 56 78', availability: 'le matin' };

/** Walks network-connection to the details form of a branch (Wi-Fi: on a UM PC), as the UI does. */
export function atDetailsForm(branch: 'WIRED' | 'WIFI', origin?: Origin): Session {
  const failing = answer(answer(startSession(networkFlow, origin), branch), 'STILL_FAILING');
  return branch === 'WIFI' ? answer(failing, 'UM_PC') : failing;
}

/**
 * From the wired details form to the ticket: the details, the office (up to date unless
 * `office` is given), then the contact form.
 */
export function toWiredTicket(
  atForm: Session,
  values: Record<string, string> = wiredValues,
  options: { office?: Record<string, string>; contact?: Record<string, string> } = {},
): Session {
  const details = submit(atForm, values, today);
  const office = options.office
    ? submit(answer(details, 'NOT_UP_TO_DATE'), options.office, today)
    : answer(details, 'UP_TO_DATE');
  return submit(office, options.contact ?? contactValues, today);
}
