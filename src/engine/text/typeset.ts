/** The narrow no-break space (U+202F) French sets before ; : ? ! and inside « ». */
const narrow = '\u202f';
/** The no-break space (U+00A0) that keeps a number with its unit, and digit groups together. */
const noBreak = '\u00a0';

/**
 * Web and e-mail addresses are names: an apostrophe or a space-free colon in them is part of
 * the name. They are cut out of the text and left exactly as written (the capturing group
 * keeps them in `split`'s result, at odd indices).
 */
export const address = /((?:https?:\/\/|mailto:|www\.)[^\s«»]+|[^\s@«»]+@[^\s@«»]+)/u;

/**
 * Units a number is never parted from (« 8 h », « 12 mois », « 50 Go », « 10 % »): durations,
 * sizes, percent, euro, degree. A list rather than « any word »: « Windows 10 ou 11 » may break.
 */
const unit = String.raw`(?:h|min|s|ms|j|jours?|semaines?|mois|ans?|années?|heures?|minutes?|secondes?|o|ko|Ko|Mo|Go|To|octets?|%|‰|€|°C?)(?![\p{L}\p{N}])`;

/** Stands for an address next to the prose: not a space, not a letter, not a digit. */
const edge = '\u0001';

/** An apostrophe between two letters (« l'ENT », « aujourd'hui »); a quote mark is left alone. */
export const apostrophe = /(?<=\p{L})'(?=\p{L})/gu;

const rules: readonly (readonly [RegExp, string])[] = [
  [apostrophe, '’'],
  // Any run of spaces a word is followed by, before ; : ? !: one narrow no-break space. None is
  // added where the author wrote none: « 8:30 », « fe80::1 » and « Ctrl+? » stay as they are.
  [/(?<=\S)[ \u00a0\u202f]+(?=[;:?!])/gu, narrow],
  // Guillemets always take one, written or not: they never occur in code or addresses.
  [/(?<=\S)[ \u00a0\u202f]*»/gu, `${narrow}»`],
  [/«[ \u00a0\u202f]*(?=\S)/gu, `«${narrow}`],
  // Digit groups: « +33 4 67 14 30 30 », « 10 000 ».
  [/(?<=\d) (?=\d)/gu, noBreak],
  [new RegExp(`(?<=\\d) (?=${unit})`, 'gu'), noBreak],
  // « 8 h 30 »: the minutes stay with the hour.
  [/(?<=\d\u00a0h) (?=\d)/gu, noBreak],
];

/** Prose between addresses; `before`/`after`: an address stands right before/after it. */
function typesetProse(text: string, before: boolean, after: boolean): string {
  const framed = `${before ? edge : ''}${text}${after ? edge : ''}`;
  const set = rules.reduce(
    (result, [pattern, replacement]) => result.replace(pattern, replacement),
    framed,
  );
  return set.slice(before ? 1 : 0, after ? -1 : undefined);
}

/**
 * French typography for a text people read, typed by authors with ordinary spaces: a narrow
 * no-break space before ; : ? ! and inside « », a no-break space in digit groups and between a
 * number and its unit, ’ for an apostrophe between letters. Addresses stay as written; nothing
 * but spaces and apostrophes changes, and typesetting twice changes nothing more. Never for
 * what a person typed: their values are theirs, as typed.
 */
export function typeset(text: string): string {
  const parts = text.split(address);
  return parts
    .map((part, index) =>
      index % 2 === 1 ? part : typesetProse(part, index > 0, index < parts.length - 1),
    )
    .join('');
}
