// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourAllowed, forTerminal } from '../../scripts/shared/forTerminal';

const root = path.resolve(import.meta.dirname, '../..');
const terminal = { isTTY: true };
const red = '\u001b[31m[PARSE_ERROR]\u001b[0m';

describe('colour codes', () => {
  it('are allowed on a terminal only', () => {
    expect(colourAllowed(terminal, {})).toBe(true);
    expect(colourAllowed({}, {})).toBe(false);
    expect(colourAllowed({ isTTY: false }, {})).toBe(false);
    expect(colourAllowed(terminal, { TERM: 'dumb' })).toBe(false);
  });

  it('are never allowed with NO_COLOR set to something (https://no-color.org)', () => {
    expect(colourAllowed(terminal, { NO_COLOR: '1' })).toBe(false);
    expect(colourAllowed(terminal, { NO_COLOR: '' })).toBe(true);
  });

  it('are removed from a message unless allowed', () => {
    expect(forTerminal(red, terminal, {})).toBe(red);
    expect(forTerminal(red, terminal, { NO_COLOR: '1' })).toBe('[PARSE_ERROR]');
    expect(forTerminal(red, {}, {})).toBe('[PARSE_ERROR]');
  });
});

it('flows:check prints a syntax error without colour codes in a log', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dsin-colour-'));
  const file = path.join(dir, 'apostrophe.ts');
  // A straight apostrophe inside a quoted text: Vite's parser reports it with a coloured code frame.
  const source = readFileSync(path.join(root, 'tests/broken-flows/missing-target.ts'), 'utf8');
  writeFileSync(file, source.replace("title: 'Procédure cassée'", "title: 'Procédure d'essai'"));
  const { NO_COLOR, FORCE_COLOR, ...env } = process.env;
  const { status, stdout } = spawnSync(process.execPath, ['scripts/flows/flowsCheck.mjs', file], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
  rmSync(dir, { recursive: true, force: true });
  expect(status).toBe(1);
  expect(stdout).toContain('le fichier ne se charge pas');
  expect(stdout).toContain('Expected `,` or `}`');
  expect(stdout).not.toContain('\u001b[');
}, 60_000);
