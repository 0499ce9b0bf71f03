import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { expect, it } from 'vitest';
import { sizeOf } from '../../../scripts/bench/homeLoad';
import { allFlows } from '../../support/allFlows';

const dist = path.resolve(import.meta.dirname, '../../../dist');

/** The budget for what the service worker downloads and keeps, gzip: deterministic, like the home load's. */
const budget = 200_000;

function precached(): string[] {
  const worker = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  return [...worker.matchAll(/\burl:"([^"]+)"/g)].map((match) => match[1] ?? '');
}

const chunk = (name: string) => new RegExp(`^assets/${name}-[\\w-]+\\.js$`);

it('precaches the app shell, every flow and every page a person may reach, not the authors’ page nor Mermaid', () => {
  const urls = precached();
  expect(urls).toContain('index.html');
  expect(urls).toContain('manifest.webmanifest');
  for (const name of ['index', 'FlowPage', 'Wizard', 'DiagnosticPage', 'leanQr', 'PageNotices'])
    expect(
      urls.some((url) => chunk(name).test(url)),
      name,
    ).toBe(true);
  for (const flow of allFlows)
    expect(
      urls.some((url) => chunk(flow.id).test(url)),
      flow.id,
    ).toBe(true);
  const assets = readdirSync(path.join(dist, 'assets'));
  for (const name of ['AuthorPages', 'mermaid.core', 'katex', 'cytoscape.esm']) {
    expect(
      assets.some((file) => chunk(name).test(`assets/${file}`)),
      name,
    ).toBe(true);
    expect(
      urls.filter((url) => chunk(name).test(url)),
      name,
    ).toEqual([]);
  }
  for (const url of urls) expect(existsSync(path.join(dist, url)), url).toBe(true);
});

it(`keeps the precache within ${String(budget / 1000)} kB gzip`, () => {
  expect(sizeOf(dist, precached()).gzip).toBeLessThanOrEqual(budget);
});

const manifestSchema = z.object({
  name: z.string(),
  short_name: z.string(),
  lang: z.string(),
  start_url: z.string(),
  theme_color: z.string(),
  icons: z.array(
    z.object({
      src: z.string(),
      sizes: z.string(),
      type: z.string(),
      purpose: z.optional(z.string()),
    }),
  ),
});

function readManifest() {
  return manifestSchema.parse(
    JSON.parse(readFileSync(path.join(dist, 'manifest.webmanifest'), 'utf8')),
  );
}

it('has a web app manifest in French, with its icons, so that the app can be installed', () => {
  const manifest = readManifest();
  expect(manifest).toMatchObject({ lang: 'fr', start_url: './', theme_color: '#1f4e9c' });
  expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain(
    '<link rel="manifest" href="/manifest.webmanifest">',
  );
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons)
    expect(existsSync(path.join(dist, icon.src)), icon.src).toBe(true);
});

it('has no SVG icon, which Chromium would decode on the page’s main thread after the load', () => {
  const manifest = readManifest();
  expect(manifest.icons.map((icon) => icon.type)).not.toContain('image/svg+xml');
  const favicon = /<link\s+rel="icon"\s+type="([^"]+)"/.exec(
    readFileSync(path.join(dist, 'index.html'), 'utf8'),
  );
  expect(favicon?.[1]).toBe('image/png');
});
