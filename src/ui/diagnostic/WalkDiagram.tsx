import { useId, useMemo } from 'react';
import { pathDiagram, type FlowModel, type WalkedStep } from '../../engine';
import { MermaidDiagram } from '../MermaidDiagram';

/**
 * The flow's diagram with the path taken drawn on it (classes painted by styles.css: the CSP
 * blocks Mermaid's own styles), and the same path in words, since a drawing alone is not
 * accessible: the list is the diagram's description.
 */
export function WalkDiagram({ flow, path }: { flow: FlowModel; path: readonly WalkedStep[] }) {
  const listId = useId();
  const diagram = useMemo(() => pathDiagram(flow, path), [flow, path]);
  return (
    <>
      <h2>Schéma du parcours</h2>
      <p>
        Les étapes parcourues sont encadrées en bleu, les réponses données tracées en bleu épais.
      </p>
      <MermaidDiagram
        source={diagram.source}
        label={`Schéma de la procédure ${flow.meta.title}, avec le chemin suivi`}
        takenEdges={diagram.takenEdges}
        describedBy={listId}
      />
      <h3>Chemin suivi</h3>
      <ol id={listId} className="walked-path">
        {path.map((step, index) => (
          <li key={index} data-state={step.stateId}>
            {step.tag}&#x202F;: {step.heading}
            {step.answerLabel !== undefined && <> → «&#x202F;{step.answerLabel}&#x202F;»</>}
          </li>
        ))}
      </ol>
    </>
  );
}
