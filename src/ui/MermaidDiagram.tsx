import { useEffect, useId, useRef, useState } from 'react';

let renders = 0;

/**
 * Draws a Mermaid diagram. Mermaid (about 650 KB gzip) is imported here, on demand, so only
 * the author page ever downloads it.
 */
export function MermaidDiagram({ source, label }: { source: string; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const id = `diagramme-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [failed, setFailed] = useState(false);

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
        if (current && container.current) container.current.innerHTML = svg;
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [id, source]);

  return (
    <figure className="diagram">
      <div ref={container} className="diagram__canvas" role="img" aria-label={label} />
      {failed && <p>Le schéma ne peut pas s’afficher ; sa source Mermaid est ci-dessous.</p>}
      <details>
        <summary>Source Mermaid</summary>
        <pre>{source}</pre>
      </details>
    </figure>
  );
}
