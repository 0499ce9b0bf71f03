import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { homeLoad } from '../../scripts/homeLoad';

const dist = path.resolve(import.meta.dirname, '../../dist');

/** The budget for what the home page loads, gzip: sizes are deterministic, so this is a real test. */
const budget = 90_000;

it(`keeps the home page's initial load within ${String(budget / 1000)} kB gzip`, () => {
  const load = homeLoad(dist);
  expect(load.files).toContain('index.html');
  expect(load.files.some((file) => file.endsWith('.js'))).toBe(true);
  expect(load.gzip, `home loads ${load.files.join(', ')}`).toBeLessThanOrEqual(budget);
});

it('loads no flow machine, no Mermaid, no author page, no agent’s view, no QR code generator and no service worker code from the home page', () => {
  const { files } = homeLoad(dist);
  const lazyChunks = readdirSync(path.join(dist, 'assets')).filter((file) =>
    /network-connection|mermaid|Author|Diagnostic|leanQr|registerWorker|workbox/i.test(file),
  );
  expect(lazyChunks.length).toBeGreaterThan(0);
  expect(lazyChunks.some((file) => file.startsWith('DiagnosticPage-'))).toBe(true);
  expect(lazyChunks.some((file) => file.startsWith('leanQr-'))).toBe(true);
  expect(lazyChunks.some((file) => file.startsWith('registerWorker-'))).toBe(true);
  // The default settings give no Matomo: the measurement is not even in the build, so neither the
  // home page nor the service worker downloads it.
  expect(
    readdirSync(path.join(dist, 'assets')).filter((file) => /Measure|WasItHelpful/.test(file)),
  ).toEqual([]);
  expect(
    files.filter((file) =>
      /network-connection|mermaid|Author|Wizard|Diagnostic|leanQr|registerWorker|workbox|PageNotices/i.test(
        file,
      ),
    ),
  ).toEqual([]);
});
