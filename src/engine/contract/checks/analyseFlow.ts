import type { FlowProblem } from '../FlowContractError.ts';
import { reachableFrom, stronglyConnected } from '../../graph/flowGraph.ts';
import type { FlowModel } from '../../flowModel.ts';
import { fieldsReaching } from '../../graph/fieldsReaching.ts';
import { checkSamples } from './checkSamples.ts';
import { checkApostrophes } from './checkApostrophes.ts';

/**
 * The checks that need the whole graph, once the flow meets the contract: unreachable steps,
 * steps from which no ending can be reached, tickets missing fields on some path, and
 * answers that may do nothing. Only graph algorithms, never path enumeration: linear in size.
 * Then the fields the generated tests could not fill, and the texts' straight apostrophes (a
 * warning).
 */
export function analyseFlow(flow: FlowModel): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const error = (state: string, message: string) =>
    problems.push({ file: flow.file, state, message });
  const warning = (state: string, message: string) =>
    problems.push({ file: flow.file, state, message, severity: 'warning' });

  const reachable = reachableFrom(flow.steps, flow.initial);
  for (const id of flow.steps.keys()) {
    if (!reachable.has(id)) {
      error(
        id,
        'aucune réponse ne mène à cette étape depuis le début. Reliez-la avec une target, ou supprimez-la.',
      );
    }
  }

  // Steps that cannot reach an ending: the ones the backward search from the endings never met.
  const traps = new Set([...flow.steps.keys()].filter((id) => !flow.distances.has(id)));
  for (const component of stronglyConnected(flow.steps, traps)) {
    const [first = ''] = component;
    const loops =
      component.length > 1 ||
      flow.steps.get(first)?.answers.some((answer) => answer.target === first);
    error(
      first,
      loops
        ? `boucle sans issue (${[...component, first].join(' → ')}) : aucune fin n'est atteignable. Ajoutez une réponse qui sort de la boucle vers une résolution ou un ticket.`
        : "aucune fin (résolution ou ticket) n'est atteignable depuis cette étape. Ajoutez une réponse qui y mène.",
    );
  }

  const { bit, may, must } = fieldsReaching(flow, reachable);
  const required = new Set(
    [...flow.fields.values()].filter((field) => field.required).map((field) => field.name),
  );
  for (const { id, step, answers } of flow.steps.values()) {
    if (step.kind === 'ticket' && reachable.has(id)) {
      for (const name of step.fields) {
        if (((may.get(id) ?? 0n) & bit(name)) === 0n) {
          error(
            id,
            `aucun chemin vers ce ticket ne collecte « ${name} ». Ajoutez ce champ à un formulaire sur le chemin, ou retirez-le de fields.`,
          );
        } else if (
          required.has(name) &&
          !step.skippable?.includes(name) &&
          ((must.get(id) ?? 0n) & bit(name)) === 0n
        ) {
          error(
            id,
            `le champ obligatoire « ${name} » peut manquer : un chemin mène à ce ticket sans passer par le formulaire qui le demande. Demandez-le aussi sur ce chemin, ou, si ce chemin n'en a pas besoin, ajoutez-le à skippable.`,
          );
        }
      }
    }
    const events = new Set(answers.map((answer) => answer.event));
    for (const event of events) {
      const branches = answers.filter((answer) => answer.event === event);
      if (branches.every((answer) => answer.guarded)) {
        warning(
          id,
          `toutes les branches de ${event} ont une garde : si aucune ne passe, la réponse ne fait rien. Ajoutez une dernière branche sans garde.`,
        );
      }
    }
    if (step.kind === 'question' && events.size === 1) {
      warning(
        id,
        "une question à une seule réponse : une étape 'instructions' conviendrait mieux.",
      );
    }
  }
  checkSamples(flow, error);
  return [...problems, ...checkApostrophes(flow)];
}
