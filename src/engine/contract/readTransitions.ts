import * as z from 'zod/mini';
import { describeIssueAt } from './describeIssue';
import { fieldNameSchema } from './schemas/fieldSchema';
import { namedRefSchema, transitionConfigSchema } from './schemas/flowConfigSchema';
import type { Answer, FieldWrite } from '../flowModel';
import { actionNames, guardNames } from './flowSetup';
import { transitionMetaSchema, type Step } from './schemas/stepSchema';

export const submitEvent = 'SUBMIT';
const answerEventPattern = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/**
 * Reads a state's `on` into the answers the UI offers, reporting whatever breaks the contract:
 * flows are data, so every guard and action is named, every target explicit, every answer labelled.
 */
export function readTransitions(
  step: Step,
  on: Record<string, unknown>,
  stateIds: ReadonlySet<string>,
  report: (message: string) => void,
): Answer[] {
  const answers: Answer[] = [];
  for (const [event, value] of Object.entries(on)) {
    checkEventName(step, event, report);
    for (const raw of Array.isArray(value) ? value : [value]) {
      const answer = readTransition(step, event, raw, stateIds, (message) => {
        report(`${event}: ${message}`);
      });
      if (answer) answers.push(answer);
    }
  }
  return answers;
}

function checkEventName(step: Step, event: string, report: (message: string) => void) {
  if (step.kind === 'form') {
    if (event !== submitEvent)
      report(
        `un formulaire ne répond qu'à ${submitEvent}, pas à ${event}. Renommez l'événement en ${submitEvent}.`,
      );
  } else if (event === submitEvent || !answerEventPattern.test(event)) {
    report(
      `l'événement « ${event} » n'est pas un nom de réponse valide. Écrivez-le en MAJUSCULES_SOULIGNÉES (ex. : OUI, TOUJOURS_EN_PANNE), autre que ${submitEvent}.`,
    );
  }
}

function readTransition(
  step: Step,
  event: string,
  raw: unknown,
  stateIds: ReadonlySet<string>,
  report: (message: string) => void,
): Answer | undefined {
  if (typeof raw === 'string') {
    report(`écrivez la cible sous la forme { target: '${raw}' }.`);
    return undefined;
  }
  const parsed = transitionConfigSchema.safeParse(raw);
  if (!parsed.success) {
    report('une transition est un objet { target, meta }.');
    return undefined;
  }
  const transition = parsed.data;
  checkNamedRefs(transition.guard, guardNames, 'garde', report);
  checkNamedRefs(transition.actions, actionNames, 'action', report);
  const actions = refList(transition.actions).map(refName);
  if (step.kind === 'form' && !actions.includes('saveFields')) {
    report("ajoutez actions: 'saveFields', sinon les valeurs saisies sont perdues.");
  }

  const target = transition.target;
  if (typeof target !== 'string' || !stateIds.has(target)) {
    report(
      typeof target === 'string'
        ? `la cible « ${target} » n'existe pas. Choisissez parmi : ${[...stateIds].join(', ')}.`
        : "indiquez la cible : { target: 'nomDeLEtat' }.",
    );
    return undefined;
  }

  const sets = fieldsSet(transition.actions, report);
  const guarded = transition.guard !== undefined;
  const condition = guarded ? describeGuard(transition.guard) : {};
  const meta = transitionMetaSchema.safeParse(transition.meta, { reportInput: true });
  if (meta.success) {
    const { label, summary = label } = meta.data;
    return { event, target, label, summary, guarded, sets, ...condition };
  }
  if (step.kind === 'form' && transition.meta === undefined) {
    const label = step.submitLabel ?? 'Continuer';
    return { event, target, label, summary: label, guarded, sets, ...condition };
  }
  for (const issue of meta.error.issues)
    report(
      `${describeIssueAt('meta', issue)}. Chaque réponse a un libellé : meta: { label: '…' }.`,
    );
  return undefined;
}

/** A guard or action must be one the engine defines, referenced by name: flows hold no code. */
function checkNamedRefs(
  value: unknown,
  known: readonly string[],
  what: string,
  report: (message: string) => void,
) {
  for (const ref of refList(value)) {
    if (typeof ref === 'function') {
      report(
        `${what} écrite comme fonction en ligne. Une procédure ne contient pas de code : utilisez un nom parmi ${known.join(', ')}.`,
      );
      continue;
    }
    const name = refName(ref);
    if (name === undefined || !known.includes(name)) {
      report(
        `${what} « ${name ?? JSON.stringify(ref)} » inconnue. Utilisez un nom parmi ${known.join(', ')}.`,
      );
    }
  }
}

const setFieldSchema = z.object({
  type: z.literal('setField'),
  params: z.object({ field: fieldNameSchema, value: z.string() }),
});

/**
 * What a transition's `setField` actions write, so analyses know what a path collects and
 * which values a `fieldEquals` on that field can meet.
 */
function fieldsSet(actions: unknown, report: (message: string) => void): FieldWrite[] {
  return refList(actions).flatMap((ref) => {
    if (refName(ref) !== 'setField') return [];
    const parsed = setFieldSchema.safeParse(ref);
    if (parsed.success) return [parsed.data.params];
    report(
      "setField attend des paramètres : { type: 'setField', params: { field: 'nomDuChamp', value: 'valeur' } }.",
    );
    return [];
  });
}

const guardSchema = z.object({
  type: z.string(),
  params: z.optional(z.object({ field: z.optional(z.string()), value: z.optional(z.string()) })),
});

/** A named guard in words, as an author reads it in a diagram, the field it reads and the value it compares. */
function describeGuard(guard: unknown): { condition: string; reads?: string; compares?: string } {
  const parsed = guardSchema.safeParse(typeof guard === 'string' ? { type: guard } : guard);
  if (!parsed.success) return { condition: 'si (condition)' };
  const { type, params } = parsed.data;
  const field = params?.field;
  const reads = field === undefined ? {} : { reads: field };
  if (type === 'fieldEquals') {
    const value = params?.value;
    const compares = value === undefined ? {} : { compares: value };
    return { condition: `si ${field ?? '?'} = ${value ?? '?'}`, ...reads, ...compares };
  }
  if (type === 'fieldFilled') return { condition: `si ${field ?? '?'} est renseigné`, ...reads };
  return { condition: `si ${type}`, ...reads };
}

/** A guard or actions entry as a list: absent, one reference, or several. */
function refList(value: unknown): unknown[] {
  return value === undefined ? [] : [value].flat();
}

/** The name of a guard or action reference: `'saveFields'` or `{ type: 'saveFields', params }`. */
function refName(ref: unknown): string | undefined {
  if (typeof ref === 'string') return ref;
  const parsed = namedRefSchema.safeParse(ref);
  if (!parsed.success) return undefined;
  return typeof parsed.data === 'string' ? parsed.data : parsed.data.type;
}
