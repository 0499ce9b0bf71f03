import type { EnglishOnly } from '../i18n/dictionary';
import { MixedText } from '../i18n/MixedText';

/**
 * On an English page, above the French ticket: what it is, why it is in French, and what each
 * of its parts says, each part by its French heading (marked `lang="fr"` by MixedText). Marked
 * English itself: it may stand in a step shown in French (one without its English).
 */
export function TicketExplained({ words }: { words: EnglishOnly['ticket'] }) {
  return (
    <section className="ticket-explained" aria-labelledby="ticket-explained" lang="en">
      <h2 id="ticket-explained">{words.heading}</h2>
      <p>{words.intro}</p>
      <ul>
        {words.parts.map((part) => (
          <li key={part}>
            <MixedText text={part} />
          </li>
        ))}
      </ul>
      <p>
        <MixedText text={words.copied} />
      </p>
    </section>
  );
}
