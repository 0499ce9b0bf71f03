import type { Language } from './language';
import { useLanguage } from './useLanguage';

/** Each language by its own name, in its own language. */
const names: Record<Language, string> = { fr: 'Français', en: 'English' };
const languages: readonly Language[] = ['fr', 'en'];

/**
 * GOV.UK's language toggle: each language named in itself (`lang`), the current one marked
 * (`aria-current`), the other a link to this same page, `here` (`hreflang`): a page's address is
 * the same in both languages, so the switch keeps the step and what was typed, with no reload.
 */
export function LanguageSwitch({ here }: { here: string }) {
  const { language, text, choose } = useLanguage();
  if (!choose) return null;
  return (
    <nav className="language-switch" aria-label={text.language.label}>
      <ul className="language-switch__list">
        {languages.map((each) => (
          <li key={each}>
            {each === language ? (
              <span lang={each} aria-current="true">
                {names[each]}
              </span>
            ) : (
              <a
                href={here}
                lang={each}
                hrefLang={each}
                onClick={(event) => {
                  event.preventDefault();
                  choose(each);
                }}
              >
                {names[each]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
