// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramDir, diagramFile } from '../../scripts/flows/diagramDocuments';
import { flowDiagramDocument } from '../../src/engine';
import { allFlows } from '../support/allFlows';

/**
 * docs/flows/<id>.md is generated: a flow changed without regenerating its committed diagram
 * fails here, so the committed diagrams always show the flows as they are. A brand-new flow
 * without a diagram yet is not a failure: adding a flow needs no other file.
 */
const root = path.resolve(import.meta.dirname, '../..');
const regenerate = 'lancez npm run flows:diagram puis ajoutez le fichier au commit';
const withDiagram = allFlows.filter((flow) => existsSync(path.join(root, diagramFile(flow.id))));

describe.each(withDiagram.map((flow) => [flow.id, flow] as const))('flow %s', (_, flow) => {
  const file = diagramFile(flow.id);

  it(`has an up-to-date diagram in ${diagramDir}/`, () => {
    const full = path.join(root, file);
    expect(
      readFileSync(full, 'utf8'),
      `${file} ne correspond plus à flows/${flow.id}.ts : ${regenerate}.`,
    ).toBe(flowDiagramDocument(flow));
  });
});

it(`keeps no diagram of a removed flow in ${diagramDir}/`, () => {
  const ids = new Set(allFlows.map((flow) => flow.id));
  const orphans = readdirSync(path.join(root, diagramDir)).filter(
    (name) => name.endsWith('.md') && !ids.has(name.slice(0, -'.md'.length)),
  );
  expect(orphans, `schémas sans procédure dans ${diagramDir}/ : ${regenerate}.`).toEqual([]);
});
