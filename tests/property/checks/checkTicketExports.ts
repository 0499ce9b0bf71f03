import {
  decodeDiagnostic,
  diagnosticFragment,
  diagnosticPrefix,
  mailtoHref,
  ticketJson,
  ticketText,
  type StepView,
} from '../../../src/engine';
import { check, checkEqual } from './check';

/**
 * A ticket step's outputs, as the UI builds them on every render of the step; the agent's link
 * reads back to exactly the answers given, whatever was typed (lone surrogates included).
 */
export function checkTicketExports(view: StepView): void {
  if (view.kind !== 'ticket') return;
  const preparedOn = '2026-11-25';
  const fragment = diagnosticFragment(view.ticket, preparedOn);
  const context = { preparedOn, agentLink: `https://depannage.test/${fragment}` };
  ticketText(view.ticket, context);
  JSON.stringify(ticketJson(view.ticket));
  mailtoHref(view.ticket, 'assistance@exemple.fr', context);
  const decoded = decodeDiagnostic(fragment.slice(diagnosticPrefix.length));
  check(decoded.ok, 'the agent’s link of a ticket does not decode');
  checkEqual(
    decoded.record.events,
    view.ticket.events,
    'the agent’s link does not carry the answers given',
  );
}
