// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  askType,
  clearJam,
  details,
  file,
  flowConfig,
  read,
  rootMeta,
} from '../../support/printerJamFlow';

describe('a valid flow', () => {
  it('is read into its steps, answers and fields', () => {
    const flow = read(flowConfig());
    expect(flow).toMatchObject({ id: 'printer-jam', file, initial: 'askType' });
    expect(flow.meta.title).toBe("Bourrage d'imprimante");
    expect([...flow.steps.keys()]).toEqual(['askType', 'clearJam', 'details', 'ticket', 'done']);
    expect(flow.steps.get('askType')?.answers).toEqual([
      {
        event: 'PAPER_JAM',
        target: 'clearJam',
        label: 'Un bourrage papier',
        summary: 'bourrage',
        guarded: false,
        sets: [],
      },
      {
        event: 'OTHER',
        target: 'details',
        label: 'Autre chose',
        summary: 'Autre chose',
        guarded: false,
        sets: [],
      },
    ]);
    expect(flow.steps.get('details')?.answers).toEqual([
      {
        event: 'SUBMIT',
        target: 'ticket',
        label: 'Continuer',
        summary: 'Continuer',
        guarded: false,
        sets: [],
      },
    ]);
    expect([...flow.fields.keys()]).toEqual(['printerName', 'since']);
    expect(flow.distances.get('askType')).toBe(2);
  });

  it('accepts named guards and actions, written as a name or as { type, params }', () => {
    const states = {
      askType: {
        ...askType(),
        on: {
          PAPER_JAM: [
            {
              target: 'clearJam',
              guard: { type: 'fieldFilled', params: { field: 'printerName' } },
              meta: { label: 'Un bourrage papier' },
            },
            { target: 'details', meta: { label: 'Un bourrage papier' } },
          ],
        },
      },
      details: {
        ...details(),
        on: { SUBMIT: { target: 'ticket', actions: [{ type: 'saveFields' }] } },
      },
    };
    const answers = read(flowConfig({ states })).steps.get('askType')?.answers ?? [];
    expect(answers.map((a) => a.target)).toEqual(['clearJam', 'details']);
  });
});

describe('the version', () => {
  it('is a hash of the config, stable while the config is', () => {
    const { version } = read(flowConfig());
    expect(version).toMatch(/^h[0-9a-f]{8}$/);
    expect(read(flowConfig()).version).toBe(version);
  });

  it('changes when the config changes', () => {
    const { version } = read(flowConfig());
    const reworded = {
      clearJam: { ...clearJam(), meta: { ...clearJam().meta, prompt: 'Ça imprime ?' } },
    };
    const changed = read(flowConfig({ states: reworded })).version;
    expect(changed).toMatch(/^h[0-9a-f]{8}$/);
    expect(changed).not.toBe(version);
  });

  it('is the declared one when the root meta has a version', () => {
    expect(read(flowConfig({ meta: { ...rootMeta, version: 3 } })).version).toBe('v3');
  });
});
