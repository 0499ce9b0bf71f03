import type { CatalogEntry } from './catalogEntry';

/** Words that say nothing about the problem, so they neither match nor rank. */
const stopWords = new Set(
  'a ai au aux avec ce ces c d de des du en est et il j je l la le les ma me mes mon n ne on ou pas pour plus par qu que qui s sa se ses son sur un une y'.split(
    ' ',
  ),
);

/** Lower case, no accents, no punctuation, singular: « Câbles » and « cable » are the same word. */
export function searchTokens(text: string): string[] {
  return text
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !stopWords.has(word))
    .map((word) => (word.length > 3 ? word.replace(/[sx]$/, '') : word));
}

/** Damerau–Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? limit + 1;
}

/** How well one typed word matches one word of a flow: exact, a prefix being typed, or a small typo. */
function wordScore(typed: string, word: string): number {
  if (typed === word) return 1;
  if (typed.length >= 3 && word.startsWith(typed)) return 0.8;
  if (typed.length < 4) return 0;
  return editDistance(typed, word, typed.length >= 8 ? 2 : 1) <= (typed.length >= 8 ? 2 : 1)
    ? 0.6
    : 0;
}

/** Where a word is found matters: the title and keywords say more than the description. */
const weights = { title: 3, keywords: 3, symptoms: 2, category: 1, description: 1 } as const;

function indexEntry(entry: CatalogEntry): { word: string; weight: number }[] {
  const texts: [string, number][] = [
    [entry.title, weights.title],
    [entry.keywords.join(' '), weights.keywords],
    [entry.symptoms.join(' '), weights.symptoms],
    [entry.category, weights.category],
    [entry.description, weights.description],
  ];
  return texts.flatMap(([text, weight]) => searchTokens(text).map((word) => ({ word, weight })));
}

/**
 * Flows matching a query, best first: first by how many typed words they match
 * (two words of one flow beat one word of another), then by where they match.
 */
export function searchFlows(entries: readonly CatalogEntry[], query: string): CatalogEntry[] {
  const typed = [...new Set(searchTokens(query))];
  if (typed.length === 0) return [...entries];
  const ranked = entries.map((entry, order) => {
    const words = indexEntry(entry);
    let matched = 0;
    let score = 0;
    for (const word of typed) {
      const best = Math.max(
        0,
        ...words.map((candidate) => wordScore(word, candidate.word) * candidate.weight),
      );
      if (best > 0) matched++;
      score += best;
    }
    return { entry, matched, score, order };
  });
  return ranked
    .filter((result) => result.matched > 0)
    .sort((a, b) => b.matched - a.matched || b.score - a.score || a.order - b.order)
    .map((result) => result.entry);
}
