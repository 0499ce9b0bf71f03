import { flowDiagramDocument } from '../../src/engine';
import { allFlows } from './allFlows';

/** Where the flow diagrams live, from the repository root: generated files only. */
export const diagramDir = 'docs/flows';

export function diagramFile(flowId: string): string {
  return `${diagramDir}/${flowId}.md`;
}

/** Every flow's diagram document, as `npm run flows:diagram` writes it. */
export const diagramDocuments = allFlows.map((flow) => ({
  file: diagramFile(flow.id),
  content: flowDiagramDocument(flow),
}));
