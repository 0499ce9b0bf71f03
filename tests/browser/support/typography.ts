import type { Page } from 'playwright-core';

/** An ordinary space where French typography wants a narrow no-break one, with some context. */
const misplaced = /.{0,25}(?: [?!;:»]|« ).{0,25}/gu;

/**
 * The places on the page, as the person reads it, with an ordinary space before ? ! ; : » or
 * after «. What the person typed is left out: it is shown as typed, and may have any.
 */
export async function untypesetSpaces(page: Page, typed: readonly string[]): Promise<string[]> {
  const shown = await page.locator('body').innerText();
  const read = typed
    .filter((value) => value.trim() !== '')
    .reduce((text, value) => text.split(value).join('\u0001'), shown);
  return [...read.matchAll(misplaced)].map(([spot]) => spot);
}
