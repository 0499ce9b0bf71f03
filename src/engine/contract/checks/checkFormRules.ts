import type { FormStep } from '../schemas/stepSchema.ts';

/**
 * A form's rules compare two exact dates of that same form: each name must be one of its date
 * fields, not an approximate one (« hier » has no single day to compare), and not the same twice.
 */
export function checkFormRules(step: FormStep, report: (message: string) => void) {
  const names = step.fields.map((field) => field.name).join(', ');
  (step.rules ?? []).forEach((rule, index) => {
    const where = `rules.${String(index)}`;
    const other = rule.after ?? rule.notBefore ?? '';
    for (const name of [rule.field, other]) {
      const field = step.fields.find((candidate) => candidate.name === name);
      if (!field) {
        report(
          `${where} cite « ${name} », qui n'est pas un champ de ce formulaire. Corrigez le nom : les champs de ce formulaire sont ${names}.`,
        );
      } else if (field.type !== 'date') {
        report(
          `${where} cite « ${name} », un champ de type '${field.type}'. Une règle compare deux champs de type 'date' du formulaire.`,
        );
      } else if (field.approximate) {
        report(
          `${where} cite « ${name} », une date approximative (« Hier », « Il y a quelques jours ») : elle n'a pas de jour précis à comparer. Retirez approximate de ce champ, ou la règle.`,
        );
      }
    }
    if (rule.field === other)
      report(
        `${where} compare « ${other} » à lui-même. Citez deux champs différents dans field et dans ${rule.after === undefined ? 'notBefore' : 'after'}.`,
      );
  });
}
