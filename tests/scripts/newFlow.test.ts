// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { runnerImport } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { readFlow } from '../../src/engine';
import { checkNewFlowId, flowTemplate, maxFlowIdLength } from '../../scripts/flows/newFlow';

const root = path.resolve(import.meta.dirname, '../..');
const existingIds = ['network-connection', 'other-problem'];

describe('checkNewFlowId', () => {
  it.each(['imprimante-bloquee', 'a', 'wifi2-eduroam', 'vpn-2fa', 'x'.repeat(maxFlowIdLength)])(
    'accepts %s',
    (id) => {
      expect(checkNewFlowId(id, existingIds)).toBeUndefined();
    },
  );

  it.each(['', '   '])('asks for an id when it is empty (%j)', (id) => {
    expect(checkNewFlowId(id, existingIds)).toBe(
      "Indiquez l'identifiant de la nouvelle procédure, par exemple : npm run flows:new -- imprimante-bloquee",
    );
  });

  it.each([
    'Bad_Id',
    'Imprimante',
    'imprimante bloquée',
    'imprimante-bloquée',
    'imprimante_bloquee',
    '1-imprimante',
    '-imprimante',
    'imprimante-',
    'imprimante--bloquee',
    'flows/imprimante',
    'imprimante.ts',
  ])('refuses %j, saying what is allowed, with an example', (id) => {
    expect(checkNewFlowId(id, existingIds)).toBe(
      `L'identifiant « ${id} » n'est pas valide. Il ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets entre les mots, et commence par une lettre (par exemple : imprimante-bloquee).`,
    );
  });

  it('refuses an id longer than 60 characters', () => {
    const id = `${'a'.repeat(30)}-${'b'.repeat(30)}`;
    expect(checkNewFlowId(id, existingIds)).toBe(
      `L'identifiant « ${id} » est trop long (61 caractères) : 60 caractères au maximum. Choisissez un nom plus court (par exemple : imprimante-bloquee).`,
    );
  });

  it('refuses an existing id, naming its file', () => {
    expect(checkNewFlowId('network-connection', existingIds)).toBe(
      'La procédure « network-connection » existe déjà : flows/network-connection.ts. Choisissez un autre identifiant, ou modifiez ce fichier.',
    );
  });
});

describe('flowTemplate', () => {
  // The generated file imports '../src/engine': a directory at the repository's root (one level
  // deep, like flows/) resolves it unchanged; flows/ itself is off limits, every file there is a flow.
  let tempDir = '';
  beforeAll(() => {
    tempDir = mkdtempSync(path.join(root, '.tmp-flows-new-'));
  });
  afterAll(() => {
    rmSync(tempDir, { recursive: true, force: true });
  });

  async function loadFlow(id: string) {
    const file = path.join(tempDir, `${id}.ts`);
    writeFileSync(file, flowTemplate(id));
    const { module } = await runnerImport<{ default: AnyStateMachine }>(file, {
      configFile: false,
      root,
      logLevel: 'silent',
    });
    return readFlow(module.default, `flows/${id}.ts`);
  }

  it('generates a flow that passes the contract, named after its id, with every step kind', async () => {
    const flow = await loadFlow('essai-modele');
    expect(flow.id).toBe('essai-modele');
    expect(flow.machine.id).toBe('essai-modele');
    expect(flow.meta.title).toBe('Nouvelle procédure (à renommer)');
    const kinds = new Set([...flow.steps.values()].map(({ step }) => step.kind));
    expect([...kinds].sort()).toEqual(['form', 'instructions', 'question', 'resolution', 'ticket']);
    const form = [...flow.steps.values()].find(({ step }) => step.kind === 'form');
    expect(form?.step).toMatchObject({
      fields: [
        { type: 'text', required: true },
        { type: 'date', required: false },
      ],
    });
    const ticket = flow.steps.get('ticket')?.step;
    expect(ticket).toMatchObject({
      fields: ['pcName', 'since'],
      answers: ['firstQuestion', 'tryFix'],
    });
  }, 30_000);

  it('explains the flow to its author, in French, and points to the guide', () => {
    const source = flowTemplate('essai-modele');
    for (const topic of [
      'docs/guide-auteur.md',
      "kind: 'question'",
      "kind: 'instructions'",
      "kind: 'form'",
      "kind: 'resolution'",
      "kind: 'ticket'",
      'summaryLabel :',
      'meta.label :',
      "type: 'final'",
      "actions: 'saveFields'",
      'MAJUSCULES',
      "{ target: 'nomDeLEtape' }",
      'npm run flows:check',
      '#/procedure/essai-modele',
    ])
      expect(source).toContain(topic);
  });

  it.each(['a', 'essai-modele', `${'a'.repeat(30)}-${'b'.repeat(29)}`])(
    'is Prettier-formatted with the repository options (id %s)',
    async (id) => {
      const filepath = path.join(root, 'flows', `${id}.ts`);
      const options = await prettier.resolveConfig(filepath);
      expect(options).toMatchObject({ singleQuote: true, printWidth: 100 });
      expect(await prettier.check(flowTemplate(id), { ...options, filepath })).toBe(true);
    },
  );

  it('refuses to generate a file for an invalid id', () => {
    expect(() => flowTemplate('Bad_Id')).toThrow("« Bad_Id » n'est pas valide");
  });
});

describe('npm run flows:new', () => {
  const flowsDir = path.join(root, 'flows');

  function flowsNew(...args: string[]) {
    const { status, stdout, stderr } = spawnSync(
      process.execPath,
      ['scripts/flows/flowsNew.mjs', ...args],
      { cwd: root, encoding: 'utf8' },
    );
    return { status, stdout, stderr };
  }

  it('refuses an invalid id with exit code 1 and the French message, creating nothing', () => {
    const result = flowsNew('Bad_Id');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("L'identifiant « Bad_Id » n'est pas valide.");
    expect(result.stderr).toContain('imprimante-bloquee');
    expect(result.stdout).toBe('');
    expect(existsSync(path.join(flowsDir, 'Bad_Id.ts'))).toBe(false);
  }, 30_000);

  it('refuses an existing id, naming its file, and leaves the file untouched', () => {
    const file = path.join(flowsDir, 'network-connection.ts');
    const before = readFileSync(file, 'utf8');
    const result = flowsNew('network-connection');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'La procédure « network-connection » existe déjà : flows/network-connection.ts.',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 30_000);

  it('asks for an id when none is given', () => {
    const result = flowsNew();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Indiquez l'identifiant de la nouvelle procédure");
  }, 30_000);
});
