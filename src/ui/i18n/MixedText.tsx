import { typeset } from '../../engine/text/typeset';
import { useLanguage } from './useLanguage';

/** A French name quoted in an English text: « Outils », « ENT → Assistance ». */
const frenchQuote = /«[^»]*»/g;

/**
 * `text` as shown: in English, each « … » in it is French (a menu, a label, a name the person
 * meets in French software) and is marked `lang="fr"`, set in French typography, so that a
 * screen reader says it in French; the English beside it is read in English. In French, as is.
 */
export function MixedText({ text }: { text: string }) {
  const { language } = useLanguage();
  if (language === 'fr' || !/«/.test(text)) return text;
  const pieces: (string | React.JSX.Element)[] = [];
  let from = 0;
  for (const match of text.matchAll(frenchQuote)) {
    pieces.push(text.slice(from, match.index));
    pieces.push(
      <span lang="fr" key={match.index}>
        {typeset(match[0])}
      </span>,
    );
    from = match.index + match[0].length;
  }
  pieces.push(text.slice(from));
  return pieces;
}
