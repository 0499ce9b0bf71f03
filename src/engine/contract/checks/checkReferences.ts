import type { Field } from '../schemas/fieldSchema.ts';
import type { FlowStep } from '../../flowModel.ts';
import { stepLabel } from '../../session/stepLabel.ts';
import type { TicketStep } from '../schemas/stepSchema.ts';
import { agentLabel } from '../../handOff/ticket.ts';
import { checkGuardValues } from './checkGuardValues.ts';
import { checkFormRules } from './checkFormRules.ts';

const placeholderPattern = /\{([^}]*)\}/g;

/**
 * Checks what steps say about each other: the fields a ticket or a schedule uses exist,
 * the values guards compare can occur, a ticket's answers are steps with answers, its title
 * only uses its own fields.
 */
export function checkReferences(
  steps: ReadonlyMap<string, FlowStep>,
  stateIds: ReadonlySet<string>,
  fields: ReadonlyMap<string, Field>,
  report: (state: string, message: string) => void,
) {
  // A step that could not be read is already reported: checking against it would only add false alarms.
  const everyStepRead = steps.size === stateIds.size;
  const provided = new Set(fields.keys());
  for (const { answers } of steps.values())
    for (const answer of answers) for (const { field } of answer.sets) provided.add(field);
  if (everyStepRead) checkGuardValues(steps, fields, report);
  for (const { id, step, answers } of steps.values()) {
    if (step.kind === 'form')
      checkFormRules(step, (message) => {
        report(id, message);
      });
    if (step.kind === 'resolution' && step.schedule && everyStepRead) {
      const from = fields.get(step.schedule.from);
      if (from?.type !== 'date') {
        report(
          id,
          `schedule.from cite « ${step.schedule.from} », qui n'est pas un champ date d'un formulaire. Citez le nom d'un champ de type 'date'.`,
        );
      } else if (from.approximate) {
        report(
          id,
          `schedule.from cite « ${step.schedule.from} », une date approximative : « Hier » ou « Je ne sais plus » ne donnent pas de jour d'où compter. Citez un champ date sans approximate.`,
        );
      }
    }
    for (const answer of everyStepRead ? answers : []) {
      if (answer.reads !== undefined && !provided.has(answer.reads)) {
        report(
          id,
          `${answer.event}: la garde lit « ${answer.reads} », qu'aucun formulaire ni setField ne fournit. Corrigez le nom du champ.`,
        );
      }
    }
    if (step.kind !== 'ticket') continue;
    for (const name of step.fields) {
      if (everyStepRead && !fields.has(name))
        report(
          id,
          `le champ « ${name} » n'est collecté par aucun formulaire. Ajoutez-le à un formulaire ou retirez-le de fields.`,
        );
    }
    for (const answerId of step.answers) {
      if (stateIds.has(answerId) && !steps.has(answerId)) continue;
      const kind = steps.get(answerId)?.step.kind;
      if (kind !== 'question' && kind !== 'instructions') {
        report(
          id,
          `answers cite « ${answerId} », qui n'est ni une question ni des instructions. Citez l'id d'une étape à réponses.`,
        );
      }
    }
    for (const name of step.skippable ?? []) {
      if (!step.fields.includes(name))
        report(
          id,
          `skippable cite « ${name} », absent de fields. Ajoutez « ${name} » à fields ou retirez-le de skippable.`,
        );
    }
    if (step.channel === 'assistanceForm') checkAssistanceForm(id, step, steps, fields, report);
    for (const [, name = ''] of step.ticketTitle.matchAll(placeholderPattern)) {
      if (!step.fields.includes(name))
        report(
          id,
          `ticketTitle utilise {${name}}, absent de fields. Ajoutez « ${name} » à fields ou retirez-le du titre.`,
        );
    }
  }
}

/**
 * A request through the public assistance form comes from someone who cannot log in: it has no
 * Centre de Services target, and nothing it shows or writes sends them to the Centre de
 * Services: its headings, its subject, its links, the labels of its fields and of the answers
 * it reports.
 */
function checkAssistanceForm(
  id: string,
  step: TicketStep,
  steps: ReadonlyMap<string, FlowStep>,
  fields: ReadonlyMap<string, Field>,
  report: (state: string, message: string) => void,
) {
  if (step.target)
    report(
      id,
      "target ne s'emploie pas avec channel: 'assistanceForm' : la demande passe par le formulaire public, pas par le Centre de Services. Retirez target.",
    );
  const reported = step.answers.flatMap((answerId) => {
    const asked = steps.get(answerId);
    return asked ? [stepLabel(asked.step), ...asked.answers.map((answer) => answer.summary)] : [];
  });
  const texts = [
    step.title,
    step.intro ?? '',
    step.ticketTitle,
    ...(step.whatNext ?? []),
    ...(step.links ?? []).map((link) => link.label),
    ...step.fields.map((name) => {
      const field = fields.get(name);
      return field ? agentLabel(field) : '';
    }),
    ...reported,
  ];
  if (texts.some((text) => /centre de services/i.test(text)))
    report(
      id,
      "le texte parle du « Centre de Services », mais avec channel: 'assistanceForm' la personne ne peut pas s'y connecter. Parlez du formulaire de demande d'assistance.",
    );
}
