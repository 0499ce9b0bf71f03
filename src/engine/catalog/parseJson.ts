/** JSON an author wrote, or what is wrong with it in French, with an `example` of the right form. */
export function parseJson(
  text: string,
  example: string,
): { ok: true; data: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    // The parser's own message is English: only where it stopped is kept, as a line number.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    return {
      ok: false,
      problem: `ce n'est pas du JSON valide${line === undefined ? '' : ` (vers la ligne ${String(line)})`}. Vérifiez les guillemets droits " et les virgules entre les rubriques, par exemple ${example}.`,
    };
  }
}
