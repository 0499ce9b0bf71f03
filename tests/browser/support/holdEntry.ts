import type { Page } from 'playwright-core';

/**
 * Holds the app's entry back until the returned function is called: the pre-rendered home page
 * is there, drawn, its links the browser's own, with no React yet (a slow phone's first seconds).
 */
export async function holdEntry(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
