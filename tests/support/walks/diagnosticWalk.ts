import {
  answer,
  diagnosticFragment,
  startSession,
  stepView,
  submit,
  type FlowEvent,
  type Session,
} from '../../../src/engine';
import { expectKind, today } from '../allFlows';
import { networkFlow } from './networkWalk';

/**
 * A whole network-connection walk to the wired ticket, through every form, with values an agent
 * must see exactly as typed: accents, an emoji, markup and an ampersand, a long free text.
 */
export const wiredTicketEvents: readonly FlowEvent[] = [
  { type: 'WIRED' },
  { type: 'STILL_FAILING' },
  {
    type: 'SUBMIT',
    values: {
      socketNumber: 'B12-034',
      workingSocket: '',
      since: '2026-11-20',
      pcName: 'UM-PC-Hélène',
      dockingStation: 'directly',
    },
  },
  { type: 'NOT_UP_TO_DATE' },
  {
    type: 'SUBMIT',
    values: {
      site: 'Triolet',
      building: 'Bâtiment 16 « Chimie »',
      floor: '2e étage',
      room: '<img src=x onerror=alert(1)> & 216',
    },
  },
  {
    type: 'SUBMIT',
    values: {
      contactPhone: '06 12 34 56 78',
      availability: 'le mardi après-midi 🙂 </textarea><script>alert(1)</script>',
    },
  },
];

/** Each value as the agent's view shows it (a choice by its label, a date as DD/MM/YYYY). */
export const wiredTicketShown = [
  'B12-034',
  '20/11/2026',
  'UM-PC-Hélène',
  'Directement sur le PC portable',
  'Triolet',
  'Bâtiment 16 « Chimie »',
  '2e étage',
  '<img src=x onerror=alert(1)> & 216',
  '06 12 34 56 78',
  'le mardi après-midi 🙂 </textarea><script>alert(1)</script>',
];

/** The engine's side of a user's walk: each event answered or submitted in turn. */
export function walkEvents(events: readonly FlowEvent[], flow = networkFlow): Session {
  return events.reduce(
    (session, event) =>
      event.values ? submit(session, event.values, today) : answer(session, event.type),
    startSession(flow),
  );
}

/** The `#/diagnostic/…` fragment the ticket step puts in the ticket text for this walk. */
export function wiredTicketFragment(preparedOn = today): string {
  const view = expectKind(stepView(walkEvents(wiredTicketEvents)), 'ticket');
  return diagnosticFragment(view.ticket, preparedOn);
}
