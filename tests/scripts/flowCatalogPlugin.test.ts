// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger, createServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { flowCatalog } from '../../scripts/build/flowCatalogPlugin';

const root = path.resolve(import.meta.dirname, '../..');
const projects: string[] = [];

/** A throw-away project whose flows/ holds a copy of a broken flow, importing this engine. */
function projectWith(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dsin-flows-'));
  projects.push(dir);
  mkdirSync(path.join(dir, 'flows'));
  const source = readFileSync(path.join(root, 'tests/broken-flows', `${name}.ts`), 'utf8');
  const engine = JSON.stringify(path.join(root, 'src/engine/index.ts'));
  writeFileSync(
    path.join(dir, 'flows', `${name}.ts`),
    source.replace("'../../src/engine'", engine),
  );
  return dir;
}

/**
 * A throw-away project with tests/translations/flows/cable.ts and its English, one French key of
 * which no longer matches the flow: a flow that loads, with warnings about its English.
 */
function projectWithStaleEnglish(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dsin-flows-'));
  projects.push(dir);
  mkdirSync(path.join(dir, 'flows/en'), { recursive: true });
  const engine = JSON.stringify(path.join(root, 'src/engine/index.ts'));
  const copy = (from: string, to: string, edit: (source: string) => string) => {
    const source = readFileSync(path.join(root, 'tests/translations/flows', from), 'utf8');
    writeFileSync(path.join(dir, to), edit(source));
  };
  copy('cable.ts', 'flows/cable.ts', (source) => source.replace("'../../../src/engine'", engine));
  copy('en/cable.ts', 'flows/en/cable.ts', (source) =>
    source
      .replace("'../../../../src/engine'", engine)
      .replace('Le câble est-il branché ?', 'Le câble est-il bien branché ?'),
  );
  return dir;
}

afterAll(() => {
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

const missingTarget =
  'flows/missing-target.ts: state "ask": la cible « doen » n\'existe pas. Corrigez le nom dans target, ou ajoutez un état « doen ».';

describe('the flow catalogue plugin, on a flow whose target is missing', () => {
  it('makes the dev server answer the catalogue with the same French line', async () => {
    const project = projectWith('missing-target');
    const server = await createServer({
      root: project,
      configFile: false,
      logLevel: 'silent',
      appType: 'custom',
      plugins: [flowCatalog()],
      server: { middlewareMode: true, hmr: false, ws: false },
    });
    try {
      const catalogue = server.environments.client.transformRequest('virtual:flow-catalog');
      await expect(catalogue).rejects.toThrow(missingTarget);
      await expect(catalogue).rejects.toThrow('Un fichier de flows/ ne se charge pas');
      await expect(catalogue).rejects.not.toThrow(/does not exist on/);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('stops `vite build` before bundling anything, with the French line alone: no stack trace, no colour codes', () => {
    const project = projectWith('missing-target');
    const outDir = path.join(project, 'dist');
    const { status, stdout, stderr } = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        project,
        '--config',
        path.join(root, 'vite.config.ts'),
        '--outDir',
        outDir,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(status).toBe(1);
    expect(stderr).toContain(
      `${missingTarget}\nBuild arrêté : une erreur dans les procédures, que npm run flows:check liste aussi.`,
    );
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toContain('Child state');
    expect(stdout + stderr).not.toContain('\u001b[');
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);
});

describe('the flow catalogue plugin, on a flow whose English is stale', () => {
  it('serves the catalogue and prints the English’s warnings in the terminal', async () => {
    const warned: string[] = [];
    const logger = createLogger('silent');
    logger.warn = (message) => warned.push(message);
    const server = await createServer({
      root: projectWithStaleEnglish(),
      configFile: false,
      customLogger: logger,
      appType: 'custom',
      plugins: [flowCatalog()],
      server: { middlewareMode: true, hmr: false, ws: false },
    });
    try {
      await server.environments.client.transformRequest('virtual:flow-catalog');
      expect(warned.join('\n')).toContain(
        'flows/en/cable.ts: state "ask": [avertissement] « Le câble est-il bien branché ? » (states.ask) ne correspond plus à aucun texte',
      );
    } finally {
      await server.close();
    }
  }, 60_000);
});
