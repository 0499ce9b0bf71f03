import { stripVTControlCharacters } from 'node:util';

/**
 * Whether colour codes may be written to `stream`: only to a terminal, and never when NO_COLOR
 * is set (https://no-color.org). A CI log or a file gets plain text.
 */
export function colourAllowed(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined> = process.env,
): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

/**
 * `text` as `stream` should receive it: the colour codes some messages carry (the code frame of
 * a syntax error, from Vite's parser) are removed unless colours are allowed.
 */
export function forTerminal(
  text: string,
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined> = process.env,
): string {
  return colourAllowed(stream, env) ? text : stripVTControlCharacters(text);
}
