import { useEffect, useId, useRef, useState } from 'react';

let renders = 0;

interface MermaidDiagramProps {
  source: string;
  label: string;
  /**
   * Mermaid ids of edges to mark with the class `taken` once drawn (see pathDiagram): a class
   * statement does not reach an edge's path, and under the CSP only a class can paint it.
   */
  takenEdges?: readonly string[];
  /**
   * The id of the diagram's description in words, elsewhere on the page; without one, the
   * Mermaid source is offered below instead.
   */
  describedBy?: string;
}

/**
 * Draws a Mermaid diagram. Mermaid (about 650 KB gzip) is imported here, on demand, so only
 * the pages that draw a diagram (the author's, the agent's) ever download it.
 */
export function MermaidDiagram({
  source,
  label,
  takenEdges = [],
  describedBy,
}: MermaidDiagramProps) {
  const container = useRef<HTMLDivElement>(null);
  const id = `diagramme-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [failed, setFailed] = useState(false);
  // A string, so that the effect reruns when the edges change, not when the array is rebuilt.
  const taken = takenEdges.join(' ');

  useEffect(() => {
    let current = true;
    // Mermaid renders through a temporary element with this id: each render needs its own,
    // or two overlapping renders (React's StrictMode runs effects twice) draw into each other.
    const renderId = `${id}-${String(renders++)}`;
    void import('mermaid')
      .then(async ({ default: mermaid }) => {
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
        const { svg } = await mermaid.render(renderId, source);
        // securityLevel 'strict' has Mermaid sanitise its own SVG before we insert it.
        if (!current || !container.current) return;
        container.current.innerHTML = svg;
        const marked = new Set(taken.split(' ').filter(Boolean));
        for (const path of container.current.querySelectorAll('path[data-edge="true"]')) {
          if (marked.has(path.getAttribute('data-id') ?? '')) path.classList.add('taken');
        }
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [id, source, taken]);

  return (
    <figure className="diagram">
      <div
        ref={container}
        className="diagram__canvas"
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
      />
      {failed &&
        (describedBy ? (
          <p>Le schéma ne peut pas s’afficher&#x202F;; sa description en texte suit.</p>
        ) : (
          <p>Le schéma ne peut pas s’afficher&#x202F;; sa source Mermaid est ci-dessous.</p>
        ))}
      {!describedBy && (
        <details>
          <summary>Source Mermaid</summary>
          <pre>{source}</pre>
        </details>
      )}
    </figure>
  );
}
