/** The most characters of one collected value a ticket's subject shows. */
export const titleValueLength = 60;

/** What a cut value must not end on: a space, punctuation, an opening quote or bracket. */
const danglingEnd = /[\s,;:.!?«(["'’—–-]+$/u;

const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/** The characters as a reader counts them: an emoji or an accented letter is one. */
export function characters(text: string): string[] {
  return Array.from(graphemes.segment(text), ({ segment }) => segment);
}

/**
 * A collected value as a ticket's subject shows it: on one line, and, past 60 characters, cut at
 * the end of a word and followed by « … ». A subject is a line the agent scans in a list; the
 * value is whole in the ticket's body. Cut by characters, never inside one (an emoji, say).
 */
export function titleValue(value: string): string {
  const line = value.replace(/\s+/gu, ' ').trim();
  const chars = characters(line);
  if (chars.length <= titleValueLength) return line;
  // One character more: when it is a space, the 60 before it end on a whole word.
  const head = chars.slice(0, titleValueLength + 1).join('');
  const space = head.lastIndexOf(' ');
  // A single very long word (a path, an address) is cut where it must, rather than dropped.
  const words =
    space >= titleValueLength / 2
      ? head.slice(0, space)
      : chars.slice(0, titleValueLength).join('');
  return `${words.replace(danglingEnd, '')}…`;
}
