import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface LoadSize {
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

/** Bytes of each file, raw and compressed as a CDN would serve them. */
export function sizeOf(dist: string, files: readonly string[]): LoadSize {
  const contents = files.map((file) => readFileSync(path.join(dist, file)));
  const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);
  return {
    files: [...files],
    raw: sum(contents.map((content) => content.length)),
    gzip: sum(contents.map((content) => gzipSync(content, { level: 9 }).length)),
    brotli: sum(contents.map((content) => brotliCompressSync(content).length)),
  };
}

/**
 * What the home page downloads before it can be used: the HTML (with its inline stylesheet and
 * boot script), and the scripts it names (the entry and its static imports, which Vite lists as
 * modulepreload links). Lazy
 * chunks, such as a flow's machine or the author page, are not in it.
 */
export function homeLoad(dist: string): LoadSize {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  // A disabled stylesheet is not fetched (the entry's, inline: scripts/build/inlineStylesheet.ts).
  const fetched = html.replace(/<link\b[^>]*\bdisabled>/g, '');
  const assets = [...fetched.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] ?? '',
  );
  return sizeOf(dist, ['index.html', ...new Set(assets)]);
}
