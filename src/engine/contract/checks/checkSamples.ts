import type { FlowModel } from '../../flowModel.ts';
import { sampleDate, sampleValue } from '../../fields/sampleFields.ts';
import { validateFields } from '../../fields/validateFields.ts';

/**
 * Fields the generated tests and the author's preview cannot fill: an `example` the field
 * refuses, or no `example` and none of the plausible values fits (a very particular pattern).
 * Said here, in French, with the field named, rather than by every generated test of the file.
 */
export function checkSamples(flow: FlowModel, report: (state: string, message: string) => void) {
  for (const { id, step } of flow.steps.values()) {
    if (step.kind !== 'form') continue;
    for (const field of step.fields) {
      // The samples are meant for the day of `sampleDate`: no check here depends on the clock.
      if (sampleValue(field, sampleDate) !== undefined) continue;
      const { example } = field;
      if (example === undefined) {
        report(
          id,
          `aucune valeur d’essai des tests ne convient au champ « ${field.name} ». Ajoutez example: '…' au champ « ${field.name} » : une valeur qu’il accepte, que les tests et l’aperçu saisiront.`,
        );
        continue;
      }
      const result = validateFields([field], { [field.name]: example }, sampleDate);
      const refusal = result.ok ? '' : ` (« ${result.errors[field.name] ?? ''} »)`;
      report(
        id,
        `le champ « ${field.name} » refuse son propre example « ${example} »${refusal}. Corrigez son example : les tests et l’aperçu le saisissent.`,
      );
    }
  }
}
