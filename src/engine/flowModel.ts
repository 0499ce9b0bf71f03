import type { AnyStateMachine } from 'xstate';
import type * as z from 'zod/mini';
import { describeIssueAt } from './contract/describeIssue';
import { checkReferences } from './contract/checks/checkReferences';
import { distanceToEnd } from './graph/distanceToEnd';
import type { Field } from './contract/schemas/fieldSchema';
import { machineConfigSchema, stateConfigSchema } from './contract/schemas/flowConfigSchema';
import { FlowContractError, type FlowProblem } from './contract/FlowContractError';
import { flowIdSchema, flowMetaSchema, type FlowMeta } from './contract/schemas/flowMetaSchema';
import { readTransitions } from './contract/readTransitions';
import { isEnding, stepSchema, type Step } from './contract/schemas/stepSchema';

/** One way out of a step: an answer button, or a form's submission. */
export interface Answer {
  event: string;
  label: string;
  /** How the answer reads in a ticket. */
  summary: string;
  target: string;
  /** Taken only when its guard passes. */
  guarded: boolean;
  /** The guard in words (« si profile = titular »), for diagrams and the author page. */
  condition?: string;
  /** The field the guard reads, so the check can tell when nothing provides it. */
  reads?: string;
  /** The value a `fieldEquals` guard compares the field to, so the check can tell when it never matches. */
  compares?: string;
  /** What this answer writes through `setField`. */
  sets: readonly FieldWrite[];
}

/** One `setField`: the field it writes and the value. */
export interface FieldWrite {
  field: string;
  value: string;
}

/** An answer's label, with its condition when it has one. */
export function answerText(answer: Answer): string {
  return answer.condition === undefined ? answer.label : `${answer.label} (${answer.condition})`;
}

export interface FlowStep {
  id: string;
  step: Step;
  answers: readonly Answer[];
}

/** A flow as the engine uses it: its machine plus the parsed, checked contents of every step. */
export interface FlowModel {
  id: string;
  file: string;
  meta: FlowMeta;
  version: string;
  /** The version as an agent reads it: the number the author bumps, or the hash shortened. */
  versionLabel: string;
  initial: string;
  machine: AnyStateMachine;
  steps: ReadonlyMap<string, FlowStep>;
  /** Every form field of the flow, by name, to label ticket values. */
  fields: ReadonlyMap<string, Field>;
  /** Fewest answers from each step to an ending. */
  distances: ReadonlyMap<string, number>;
}

/**
 * Reads a flow machine and checks it against the contract.
 * Throws a FlowContractError listing every problem, each naming the file and the state.
 */
export function readFlow(machine: AnyStateMachine, file: string): FlowModel {
  const problems: FlowProblem[] = [];
  const report = (state: string | undefined, message: string) => {
    problems.push(state === undefined ? { file, message } : { file, state, message });
  };

  const config = machineConfigSchema.parse(machine.config);
  const expectedId = file.replace(/^.*\//, '').replace(/\.[jt]s$/, '');
  if (config.id !== expectedId || !flowIdSchema.safeParse(config.id).success) {
    report(
      undefined,
      `l'id de la machine est « ${config.id ?? '(absent)'} ». Écrivez id: '${expectedId}' : l'id est le nom du fichier, en minuscules avec des tirets.`,
    );
  }
  const meta = flowMetaSchema.safeParse(config.meta, { reportInput: true });
  for (const issue of meta.error?.issues ?? []) {
    report(
      undefined,
      `${describeIssueAt('meta', issue)}. Le meta racine décrit la procédure (kind: 'flow', title, description, category, keywords, symptoms).`,
    );
  }

  const rawStates = config.states ?? {};
  const stateIds = new Set(Object.keys(rawStates));
  if (config.initial === undefined || !stateIds.has(config.initial)) {
    report(
      undefined,
      `l'état initial « ${config.initial ?? '(absent)'} » n'existe pas. Indiquez dans initial le nom d'un des états.`,
    );
  }

  const steps = new Map<string, FlowStep>();
  for (const [id, raw] of Object.entries(rawStates)) {
    const step = readStep(id, raw, stateIds, (message) => {
      report(id, message);
    });
    if (step) steps.set(id, step);
  }

  const fields = indexFields(steps);
  checkReferences(steps, stateIds, fields, report);

  if (
    problems.length > 0 ||
    !meta.success ||
    config.initial === undefined ||
    config.id === undefined
  ) {
    throw new FlowContractError(problems);
  }
  return {
    id: config.id,
    file,
    meta: meta.data,
    ...versions(meta.data.version, machine.config),
    initial: config.initial,
    machine,
    steps,
    fields,
    distances: distanceToEnd(steps),
  };
}

function readStep(
  id: string,
  raw: unknown,
  stateIds: ReadonlySet<string>,
  report: (message: string) => void,
): FlowStep | undefined {
  const state = stateConfigSchema.safeParse(raw);
  if (!state.success) {
    report('un état doit être un objet { meta, on }.');
    return undefined;
  }
  for (const key of ['states', 'always', 'entry', 'exit', 'invoke', 'after'] as const) {
    if (state.data[key] !== undefined)
      report(
        `« ${key} » n'est pas pris en charge. Une procédure est une suite d'étapes à plat : un état par étape, reliées par on.`,
      );
  }
  const parsed = stepSchema.safeParse(state.data.meta, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(describeStepIssue(issue));

    return undefined;
  }
  const step = parsed.data;
  const ending = isEnding(step);
  if (ending !== (state.data.type === 'final')) {
    report(
      ending
        ? `une étape ${step.kind} termine la procédure. Ajoutez type: 'final'.`
        : `une étape ${step.kind} attend une réponse. Retirez type: 'final' ou choisissez kind 'resolution' ou 'ticket'.`,
    );
  }
  const transitionProblems: string[] = [];
  const answers = readTransitions(step, state.data.on ?? {}, stateIds, (message) => {
    transitionProblems.push(message);
  });
  transitionProblems.forEach(report);
  // When transitions are written but broken, their own problems say what to fix.
  if (!ending && answers.length === 0 && transitionProblems.length === 0)
    report('aucune réponse ne mène plus loin. Ajoutez au moins une transition dans on.');
  if (ending && answers.length > 0) report(`une étape ${step.kind} est une fin : retirez son on.`);
  return { id, step, answers };
}

/**
 * `links` on a question is a rule, not a typo: said as such, with where links do belong.
 * Any other problem is described field by field.
 */
function describeStepIssue(issue: z.core.$ZodIssue): string {
  if (
    issue.code === 'unrecognized_keys' &&
    issue.keys.includes('links') &&
    isRecord(issue.input) &&
    issue.input.kind === 'question'
  ) {
    const others = issue.keys.filter((key) => key !== 'links');
    return [
      "links n'est pas permis sur une étape question : une question n'offre que ses réponses. Placez les liens sur une étape instructions, resolution ou ticket.",
      ...(others.length > 0
        ? [`meta : propriété inconnue : ${others.join(', ')} (faute de frappe ?).`]
        : []),
    ].join(' ');
  }
  return `${describeIssueAt('meta', issue)}. Voir les types d'étapes dans docs/guide-auteur.md.`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function indexFields(steps: ReadonlyMap<string, FlowStep>): Map<string, Field> {
  const fields = new Map<string, Field>();
  for (const { step } of steps.values()) {
    if (step.kind !== 'form') continue;
    for (const field of step.fields) if (!fields.has(field.name)) fields.set(field.name, field);
  }
  return fields;
}

function versions(declared: number | undefined, config: unknown) {
  if (declared !== undefined)
    return { version: `v${String(declared)}`, versionLabel: String(declared) };
  const hash = hashConfig(config);
  return { version: `h${hash}`, versionLabel: hash.slice(0, 6) };
}

/** FNV-1a over the config's JSON: any change to the flow's data changes its version. */
function hashConfig(config: unknown): string {
  const text = JSON.stringify(config);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
