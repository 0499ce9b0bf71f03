// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { flowCatalog } from '../../scripts/build/flowCatalogPlugin';

const root = path.resolve(import.meta.dirname, '../..');
const projects: string[] = [];

/** A throw-away project with two real flows and the given flows/categories.json. */
function projectWith(categories: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dsin-categories-'));
  projects.push(dir);
  mkdirSync(path.join(dir, 'flows'));
  const engine = JSON.stringify(path.join(root, 'src/engine/index.ts'));
  for (const id of ['guest-accounts', 'network-connection']) {
    const source = readFileSync(path.join(root, 'flows', `${id}.ts`), 'utf8');
    writeFileSync(path.join(dir, 'flows', `${id}.ts`), source.replace("'../src/engine'", engine));
  }
  writeFileSync(path.join(dir, 'flows/categories.json'), categories);
  return dir;
}

/** The catalogue module the dev server serves for this project. */
async function catalogueOf(project: string): Promise<string> {
  const server = await createServer({
    root: project,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [flowCatalog()],
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const result = await server.environments.client.transformRequest('virtual:flow-catalog');
    return result?.code ?? '';
  } finally {
    await server.close();
  }
}

afterAll(() => {
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

describe('the catalogue, ordered by flows/categories.json', () => {
  it('follows the file: moving a line reorders the home page', async () => {
    const accountsFirst = await catalogueOf(
      projectWith('{ "categories": ["Comptes et accès", "Réseau et Wi-Fi"] }'),
    );
    expect(accountsFirst.indexOf('"guest-accounts"')).toBeLessThan(
      accountsFirst.indexOf('"network-connection"'),
    );
    const networkFirst = await catalogueOf(
      projectWith('{ "categories": ["Réseau et Wi-Fi", "Comptes et accès"] }'),
    );
    expect(networkFirst.indexOf('"network-connection"')).toBeLessThan(
      networkFirst.indexOf('"guest-accounts"'),
    );
  }, 60_000);

  it('stops the dev server on an unreadable file, in French, naming it', async () => {
    const catalogue = catalogueOf(projectWith('{ "categories": ["Réseau et Wi-Fi" "Autre"] }'));
    await expect(catalogue).rejects.toThrow(
      "flows/categories.json: ce n'est pas du JSON valide (vers la ligne 1).",
    );
  }, 60_000);
});
