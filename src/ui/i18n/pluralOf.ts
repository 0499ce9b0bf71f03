/**
 * The plural category of a number in `locale` (« one », « other »…), from Intl.PluralRules built
 * on first use, not when the dictionary is evaluated: building it loads ICU data (a few
 * milliseconds, four times that on a slow phone) that the home page's first task need not pay.
 */
export function pluralOf(locale: string): (value: number) => Intl.LDMLPluralRule {
  let rules: Intl.PluralRules | undefined;
  return (value) => (rules ??= new Intl.PluralRules(locale)).select(value);
}
