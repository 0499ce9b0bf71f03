import { use } from 'react';
import { flowDiagram, pathsToEndings, type FlowModel, type Step } from '../../engine';
import { authorHref, previewHref } from '../routing/useHashRoute';
import { useDocumentTitle } from '../routing/useDocumentTitle';
import { checkedFlow } from './checkedFlow';
import { MermaidDiagram } from '../MermaidDiagram';
import { ProblemList } from './ProblemList';

const kindNames: Record<Step['kind'], string> = {
  question: 'Question',
  instructions: 'Instructions',
  form: 'Formulaire',
  resolution: 'Résolution',
  ticket: 'Ticket',
};

function stepHeading(step: Step): string {
  return step.kind === 'question' ? step.prompt : step.title;
}

/** One flow for its author: check results, diagram, the shortest way to each ending, every step to preview. */
export function AuthorFlow({ id }: { id: string }) {
  const { flow, problems } = use(checkedFlow(id));
  useDocumentTitle(flow?.meta.title ?? id, 'Espace auteur');
  return (
    <>
      <p>
        <a className="back-link" href={authorHref}>
          Toutes les procédures
        </a>
      </p>
      <h1>{flow?.meta.title ?? `flows/${id}.ts`}</h1>
      {flow && (
        <p>
          <code>{flow.file}</code> · version {flow.version} · {flow.steps.size} étapes
        </p>
      )}
      <h2>Vérification</h2>
      <ProblemList problems={problems} />
      {flow && <FlowDetails flow={flow} />}
    </>
  );
}

function FlowDetails({ flow }: { flow: FlowModel }) {
  const paths = pathsToEndings(flow);
  const title = (stateId: string) => {
    const step = flow.steps.get(stateId)?.step;
    return step ? stepHeading(step) : stateId;
  };
  return (
    <>
      <h2>Schéma</h2>
      <MermaidDiagram
        source={flowDiagram(flow)}
        label={`Schéma de la procédure ${flow.meta.title}`}
      />
      <h2>Fins, et le plus court chemin vers chacune</h2>
      <ul className="endings">
        {[...paths].map(([ending, path]) => (
          <li key={ending}>
            <strong>{title(ending)}</strong> ({ending})&#x202F;:{' '}
            {path
              .map((step) => `${title(step.stateId)} → «\u202f${step.label}\u202f»`)
              .join('\u202f; ')}
          </li>
        ))}
      </ul>
      <h2>Étapes</h2>
      <ul className="author-steps">
        {[...flow.steps.values()].map(({ id, step }) => (
          <li key={id}>
            <span>
              {kindNames[step.kind]} <code>{id}</code>&#x202F;: {stepHeading(step)}
            </span>{' '}
            <a href={previewHref(flow.id, id)}>
              Aperçu depuis ici<span className="visually-hidden">&#x202F;: {id}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
