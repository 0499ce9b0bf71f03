import { answer, startSession, submit } from '../../../src/engine';
import { flowById } from '../allFlows';

export const guestFlow = flowById('guest-accounts');

/** The day the guests' form below was answered: its start date was today then, past later. */
const answeredOn = '2026-11-25';

export const guestValues = {
  guestCount: '25',
  startDate: '2026-11-25',
  endDate: '2026-11-27',
  purpose: 'Colloque',
  eventName: '',
};

/** The guests' form of a staff member preparing several guest accounts. */
export const atGuestForm = ['STAFF', 'SEVERAL', 'PREPARE'].reduce(answer, startSession(guestFlow));

/**
 * A guest-accounts request answered on `answeredOn`: replayed days later (a saved session, the
 * agent's link, a phone link), its start date « not before today » must stay accepted.
 */
export const guestRequest = submit(atGuestForm, guestValues, answeredOn);
