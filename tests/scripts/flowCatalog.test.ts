import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { allFlows } from '../../scripts/allFlows';

/** What the home page reads of a flow: it links (id), lists (title, description) and searches. */
const listedAndSearched = ['category', 'description', 'id', 'keywords', 'symptoms', 'title'];

describe('virtual:flow-catalog, as the home page receives it', () => {
  it('lists every flow of flows/, in file order', () => {
    expect(catalog.map((entry) => entry.id)).toEqual(allFlows.map((flow) => flow.id));
  });

  it('copies from each flow’s root meta what the home page lists and searches', () => {
    for (const flow of allFlows) {
      const entry = catalog.find((candidate) => candidate.id === flow.id);
      // Every value is the flow's own; the next test checks which keys there are.
      expect({ ...flow.meta, id: flow.id }).toMatchObject(entry ?? { missing: flow.id });
    }
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
