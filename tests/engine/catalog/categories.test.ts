// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCategories } from '../../../scripts/checks/checkCategories';
import {
  groupByCategory,
  orderCatalog,
  readCategories,
  unlistedCategories,
  type CatalogEntry,
} from '../../../src/engine';
import { allFlows } from '../../support/allFlows';

const root = path.resolve(import.meta.dirname, '../../..');

function entry(id: string, category: string, title: string): CatalogEntry {
  return { id, title, description: 'Une procédure.', category, keywords: ['mot'], symptoms: [] };
}

describe('flows/categories.json', () => {
  it('lists the categories in the order the home page shows them', () => {
    expect(readCategories('{ "categories": ["Réseau et Wi-Fi", "Autre"] }')).toEqual({
      ok: true,
      categories: ['Réseau et Wi-Fi', 'Autre'],
    });
  });

  it('may be absent: then no category is listed', () => {
    expect(readCategories(undefined)).toEqual({ ok: true, categories: [] });
  });

  it('says in French where the JSON breaks, and how it is written', () => {
    const text = '{\n  "categories": [\n    "Réseau et Wi-Fi"\n    "Autre"\n  ]\n}';
    const read = readCategories(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      `ce n'est pas du JSON valide (vers la ligne 4). Vérifiez les guillemets droits " et les virgules entre les rubriques, par exemple { "categories": ["Réseau et Wi-Fi", "Office 365 et Teams", "Autre"] }.`,
    ]);
  });

  it.each([
    ['{ "categories": [] }', 'categories : il faut au moins 1 élément(s)'],
    ['{ "categories": ["Réseau", ""] }', 'categories.1 : ne doit pas être vide'],
    ['{ "rubriques": ["Réseau"] }', 'categories : manquant (une liste attendu)'],
    ['["Réseau"]', 'un objet attendu'],
  ])('refuses %s, saying what to write', (text, problem) => {
    const read = readCategories(text);
    expect(read.ok ? [] : read.problems[0]).toContain(problem);
  });

  it('refuses a category listed twice, naming it', () => {
    expect(readCategories('{ "categories": ["Messagerie", "Autre", "Messagerie"] }')).toEqual({
      ok: false,
      problems: [
        'la rubrique « Messagerie » figure deux fois. Gardez-la une seule fois, à la place où elle doit apparaître.',
      ],
    });
  });

  it('lists the category of every flow of flows/, which flows:check therefore accepts', () => {
    const read = readCategories(readFileSync(path.join(root, 'flows/categories.json'), 'utf8'));
    expect(read.ok && unlistedCategories(allFlows, read.categories)).toEqual([]);
    expect(checkCategories(root, allFlows)).toEqual([]);
  });
});

describe('a flow whose category is not listed', () => {
  it('is a warning naming the category, the list and the file to edit', () => {
    const flows = [{ file: 'flows/imprimante.ts', meta: { category: 'Impression' } }];
    expect(unlistedCategories(flows, ['Réseau et Wi-Fi', 'Autre'])).toEqual([
      {
        file: 'flows/imprimante.ts',
        severity: 'warning',
        message: `la rubrique « Impression » n'est pas dans flows/categories.json : la page d'accueil la montre après les rubriques de la liste. Reprenez une rubrique de la liste (« Réseau et Wi-Fi », « Autre ») ou ajoutez « Impression » à flows/categories.json, à la place où elle doit apparaître.`,
      },
    ]);
  });
});

describe('the home page’s order', () => {
  const entries = [
    entry('z-first-file', 'Autre', 'Une demande'),
    entry('office', 'Office 365 et Teams', 'Teams'),
    entry('printer', 'Impression', 'Imprimante'),
    entry('network', 'Réseau et Wi-Fi', 'Wi-Fi'),
    entry('cable', 'Réseau et Wi-Fi', 'Câble débranché'),
    entry('badge', 'Badges', 'Badge perdu'),
  ];
  const categories = ['Réseau et Wi-Fi', 'Office 365 et Teams', 'Autre'];

  it('follows the file’s categories, then unlisted ones alphabetically, titles in French order', () => {
    expect(orderCatalog(entries, categories).map((e) => e.id)).toEqual([
      'cable',
      'network',
      'office',
      'z-first-file',
      'badge',
      'printer',
    ]);
  });

  it('does not depend on the order the flows come in (their file names)', () => {
    const reversed = orderCatalog([...entries].reverse(), categories);
    expect(reversed).toEqual(orderCatalog(entries, categories));
  });

  it('groups each category once, where its first procedure is', () => {
    const groups = groupByCategory(orderCatalog(entries, categories));
    expect(groups.map((group) => [group.category, group.entries.map((e) => e.id)])).toEqual([
      ['Réseau et Wi-Fi', ['cable', 'network']],
      ['Office 365 et Teams', ['office']],
      ['Autre', ['z-first-file']],
      ['Badges', ['badge']],
      ['Impression', ['printer']],
    ]);
  });
});
