import type { CatalogEntry } from './catalogEntry';
import { editDistance } from './editDistance';
import { inEnglish } from './englishCatalog';
import type { EnglishCatalog } from './englishCatalogSchema';

/**
 * Words that say nothing about which problem it is, so they neither match nor rank: « le wifi ne
 * marche pas » is about the Wi-Fi, « problème d'imprimante » about a printer, not about every
 * flow whose title says « problème ».
 */
const stopWords = new Set(
  (
    'a ai au aux avec ce ces c d de des du en est et il j je l la le les ma me mes mon n ne on ou pas pour plus par qu que qui s sa se ses son sur un une y ' +
    'arrive ca comment fonctionne marche panne peut peux probleme souci suis veux ' +
    // The same in English, for the English words (« my wifi doesn't work »).
    'am an are at be can cannot do does doesn don for how i in is isn it its my not of t the to what why with ' +
    'broken issue problem work working works'
  ).split(' '),
);

/** Lower case, no accents: « Câble » and « cable » are the same word. */
function fold(text: string): string {
  return text
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

function words(text: string): string[] {
  return text.split(/[^a-z0-9]+/).filter((word) => word !== '' && !stopWords.has(word));
}

/** A hyphenated word is one word: « Wi-Fi » is « wifi », « e-mail » is « email ». */
const hyphen = /([a-z0-9])-(?=[a-z0-9])/g;

/** The words of a query: folded, hyphenated words joined, stop words dropped. */
export function searchTokens(text: string): string[] {
  return words(fold(text).replace(hyphen, '$1'));
}

/**
 * The word compared for an exact match: without a plural -s or -x nor a final -e, so that
 * « réseaux » is « réseau » and « invitée » is « invité ». Short words stay whole.
 */
function stem(word: string): string {
  if (word.length <= 3) return word;
  const stemmed = word.replace(/[sx]$/, '').replace(/e+$/, '');
  return stemmed.length >= 3 ? stemmed : word;
}

interface IndexedWord {
  word: string;
  stem: string;
  weight: number;
  /** Whether a typo may match it: only the words the author chose, not the description's prose. */
  fuzzy: boolean;
}

/** Where a word is found matters: the title and keywords say more than the description. */
const fields: [(entry: CatalogEntry) => string, weight: number, fuzzy: boolean][] = [
  [(entry) => entry.title, 3, true],
  [(entry) => entry.keywords.join(' '), 3, true],
  [(entry) => entry.symptoms.join(' '), 2, true],
  [(entry) => entry.category, 1, false],
  [(entry) => entry.description, 1, false],
];

/** An entry's words: in French, and in English too when `english` is given. */
function entryWords(entry: CatalogEntry, english: EnglishCatalog | undefined): IndexedWord[] {
  const byWord = new Map<string, IndexedWord>();
  for (const read of english ? [entry, inEnglish(entry, english)] : [entry]) {
    for (const [text, weight, fuzzy] of fields) {
      const folded = fold(text(read));
      // « e-mail » is found as « email », « e-mail » and « mail ».
      for (const word of [...words(folded.replace(hyphen, '$1')), ...words(folded)]) {
        const known = byWord.get(word);
        if (known) {
          known.weight = Math.max(known.weight, weight);
          known.fuzzy ||= fuzzy;
        } else byWord.set(word, { word, stem: stem(word), weight, fuzzy });
      }
    }
  }
  return [...byWord.values()];
}

/**
 * Each entry's words, computed once (per English catalogue): the home page searches the same
 * entries at every key.
 */
const french = new WeakMap<CatalogEntry, IndexedWord[]>();
const bilingual = new WeakMap<EnglishCatalog, WeakMap<CatalogEntry, IndexedWord[]>>();

function indexOf(entry: CatalogEntry, english: EnglishCatalog | undefined): IndexedWord[] {
  let indexes = french;
  if (english) {
    indexes = bilingual.get(english) ?? new WeakMap();
    bilingual.set(english, indexes);
  }
  const cached = indexes.get(entry);
  if (cached) return cached;
  const index = entryWords(entry, english);
  indexes.set(entry, index);
  return index;
}

/** An exact word (1) or a word being typed (0.8), from 3 letters: « conn » for « connexion ». */
function exactScorer(typed: string): Scorer {
  const completes = typed.length >= 3;
  return (typedStem, candidate) => {
    if (typedStem === candidate.stem) return 1;
    return completes && candidate.word.startsWith(typed) ? 0.8 : 0;
  };
}

/**
 * Typos tolerated: one from 4 letters, two from 8; fewer typos rank higher. Both words need 4
 * letters: one letter away from « ENT » or « fin » is a quarter of the word, « lent » or « fixe ».
 */
function typoScorer(typed: string): Scorer {
  const limit = typed.length >= 8 ? 2 : 1;
  // Flows share many words: each distinct word is measured once per typed word.
  const distances = new Map<string, number>();
  return (typedStem, candidate) => {
    if (!candidate.fuzzy || candidate.word.length < 4) return 0;
    let distance = distances.get(candidate.stem);
    if (distance === undefined) {
      distance = editDistance(typedStem, candidate.stem, limit);
      distances.set(candidate.stem, distance);
    }
    return distance <= limit ? 0.6 / Math.max(distance, 1) : 0;
  };
}

type Scorer = (typedStem: string, candidate: IndexedWord) => number;

/** The best score of one typed word in each entry, weighted by where it is found. */
function scoreWord(index: IndexedWord[][], typed: string, scorer: Scorer): number[] {
  const typedStem = stem(typed);
  return index.map((entryWords) => {
    let best = 0;
    for (const candidate of entryWords) {
      best = Math.max(best, scorer(typedStem, candidate) * candidate.weight);
    }
    return best;
  });
}

/**
 * Flows matching a query, best first: first by how many typed words they match
 * (two words of one flow beat one word of another), then by where and how well they match.
 * A typed word found as it is in some flow is taken as meant, never as a typo of another word:
 * « temps » does not find « Teams »; only a word found nowhere is corrected (« tems »).
 * With the `english` catalogue, a flow is found by its words in either language, whichever the
 * reader's: people type the words they know, and the entries returned are the French ones, for
 * the page to show in its language.
 */
export function searchFlows(
  entries: readonly CatalogEntry[],
  query: string,
  english?: EnglishCatalog,
): CatalogEntry[] {
  const typed = [...new Set(searchTokens(query))];
  if (typed.length === 0) return [...entries];
  const index = entries.map((entry) => indexOf(entry, english));
  const matched = entries.map(() => 0);
  const scores = entries.map(() => 0);
  for (const word of typed) {
    let found = scoreWord(index, word, exactScorer(word));
    if (word.length >= 4 && found.every((score) => score === 0)) {
      found = scoreWord(index, word, typoScorer(word));
    }
    found.forEach((score, at) => {
      if (score > 0) matched[at] = (matched[at] ?? 0) + 1;
      scores[at] = (scores[at] ?? 0) + score;
    });
  }
  return entries
    .map((entry, order) => ({
      entry,
      order,
      matched: matched[order] ?? 0,
      score: scores[order] ?? 0,
    }))
    .filter((result) => result.matched > 0)
    .sort((a, b) => b.matched - a.matched || b.score - a.score || a.order - b.order)
    .map((result) => result.entry);
}
