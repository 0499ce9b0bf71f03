import type { Field } from '../contract/schemas/fieldSchema';
import { agentLabel } from '../handOff/ticket';
import type { Language } from './shownStep';

/**
 * A collected value's label where the person reviews their answers: the agent's label in French,
 * as the ticket says it; in English, the field's label without « (optional) », since the
 * agent's label is French.
 */
export function valueLabel(field: Field, lang: Language): string {
  return lang === 'fr' ? agentLabel(field) : field.label.replace(/\s*\(optional\)\s*$/i, '');
}
