import type { Field } from '../contract/schemas/fieldSchema';
import type { Link, Step } from '../contract/schemas/stepSchema';

type Edit = (text: string) => string;

const optional = (text: string | undefined, edit: Edit) =>
  text === undefined ? undefined : edit(text);

const links = (list: readonly Link[] | undefined, edit: Edit) =>
  list?.map((link) => ({ ...link, label: edit(link.label) }));

function mapFieldTexts(field: Field, edit: Edit, agentEdit: Edit): Field {
  const texts = {
    label: edit(field.label),
    ticketLabel: optional(field.ticketLabel, agentEdit),
    hint: optional(field.hint, edit),
    requiredMessage: optional(field.requiredMessage, edit),
  };
  switch (field.type) {
    case 'text':
      return {
        ...field,
        ...texts,
        pattern: field.pattern && { ...field.pattern, message: edit(field.pattern.message) },
      };
    case 'choice':
      return {
        ...field,
        ...texts,
        options: field.options.map((option) => ({ ...option, label: edit(option.label) })),
      };
    default:
      return { ...field, ...texts };
  }
}

/**
 * The step with `edit` applied to every text it shows people, and to nothing else: not to
 * names, values, links' addresses, patterns or examples, which are code or data. A ticket's
 * `target` is left too: its names are keys (the settings' direct links are found by them),
 * edited where they are shown. A field's `ticketLabel`, read only by agents, gets `agentEdit`:
 * a translation leaves it in French, as the ticket is.
 */
export function mapStepTexts(step: Step, edit: Edit, agentEdit: Edit = edit): Step {
  switch (step.kind) {
    case 'question':
      return {
        ...step,
        prompt: edit(step.prompt),
        help: optional(step.help, edit),
        summaryLabel: optional(step.summaryLabel, edit),
      };
    case 'instructions':
      return {
        ...step,
        title: edit(step.title),
        intro: optional(step.intro, edit),
        steps: step.steps.map(edit),
        prompt: edit(step.prompt),
        links: links(step.links, edit),
        summaryLabel: optional(step.summaryLabel, edit),
      };
    case 'form':
      return {
        ...step,
        title: edit(step.title),
        intro: optional(step.intro, edit),
        fields: step.fields.map((field) => mapFieldTexts(field, edit, agentEdit)),
        rules: step.rules?.map((rule) => ({ ...rule, message: optional(rule.message, edit) })),
        submitLabel: optional(step.submitLabel, edit),
      };
    case 'resolution':
      return {
        ...step,
        title: edit(step.title),
        body: step.body.map(edit),
        links: links(step.links, edit),
        schedule: step.schedule && {
          ...step.schedule,
          title: edit(step.schedule.title),
          entries: step.schedule.entries.map((entry) => ({
            ...entry,
            future: edit(entry.future),
            past: edit(entry.past),
          })),
        },
      };
    case 'ticket':
      return {
        ...step,
        title: edit(step.title),
        intro: optional(step.intro, edit),
        ticketTitle: edit(step.ticketTitle),
        whatNext: step.whatNext?.map(edit),
        links: links(step.links, edit),
      };
  }
}
