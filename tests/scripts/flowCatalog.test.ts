import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { allFlows } from '../../scripts/flows/allFlows';
import { readCategories, typeset } from '../../src/engine';

const root = path.resolve(import.meta.dirname, '../..');

/** What the home page reads of a flow: it links (id), lists (title, description) and searches. */
const listedAndSearched = ['category', 'description', 'id', 'keywords', 'symptoms', 'title'];

describe('virtual:flow-catalog, as the home page receives it', () => {
  it('lists every flow of flows/, by category in the order of flows/categories.json, then by title', () => {
    expect([...catalog.map((entry) => entry.id)].sort()).toEqual(
      allFlows.map((flow) => flow.id).sort(),
    );
    const read = readCategories(readFileSync(path.join(root, 'flows/categories.json'), 'utf8'));
    const categories = read.ok ? read.categories : [];
    const ranks = catalog.map((entry) => categories.indexOf(entry.category));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Not the files' order: the network flow's category comes first, its file name does not.
    expect(catalog[0]?.id).toBe('network-connection');
    expect(allFlows[0]?.id).not.toBe('network-connection');
  });

  it('copies from each flow’s root meta what the home page lists and searches', () => {
    for (const flow of allFlows) {
      const entry = catalog.find((candidate) => candidate.id === flow.id);
      // Every value is the flow's own, what it shows typeset (its words to search, as written);
      // the next test checks which keys there are.
      const { title, description } = flow.meta;
      const shown = { title: typeset(title), description: typeset(description) };
      expect({ ...flow.meta, ...shown, id: flow.id }).toMatchObject(entry ?? { missing: flow.id });
    }
  });

  it('gives the home page its titles and descriptions typeset, at build time', () => {
    for (const { title, description } of catalog) {
      expect(title).toBe(typeset(title));
      expect(description).toBe(typeset(description));
    }
    // The flows are written with ordinary spaces: some entry did need typesetting.
    const written = allFlows.map(({ meta }) => [meta.title, meta.description]).flat();
    expect(written.some((text) => typeset(text) !== text)).toBe(true);
  });

  it('holds nothing else: no version (a hash per flow that does not compress), no kind', () => {
    for (const entry of catalog) {
      const expected =
        entry.fallback === undefined ? listedAndSearched : [...listedAndSearched, 'fallback'];
      expect(new Set(Object.keys(entry)), entry.id).toEqual(new Set(expected));
    }
  });

  it('marks the generic request, which the home page sets apart', () => {
    expect(catalog.filter((entry) => entry.fallback === true).map((entry) => entry.id)).toEqual([
      'other-problem',
    ]);
  });
});
