import { address, apostrophe, typeset } from './typeset';

/** A French label quoted as the person sees it on screen: « Outils ». */
const frenchLabel = /(«[^«»]*»)/u;

/**
 * English typography for a translated text: ’ for an apostrophe between letters, and nothing of
 * French spacing, except inside « … », the French labels the person sees on screen, which keep
 * theirs (« Cela a-t-il fonctionné ? »). Addresses stay as written; typesetting twice changes
 * nothing more.
 */
export function typesetEnglish(text: string): string {
  return text
    .split(frenchLabel)
    .map((part, index) =>
      index % 2 === 1
        ? typeset(part)
        : part
            .split(address)
            .map((prose, at) => (at % 2 === 1 ? prose : prose.replace(apostrophe, '’')))
            .join(''),
    )
    .join('');
}
