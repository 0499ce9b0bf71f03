import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The flow files in flows/, sorted: every `.ts` file not starting with `.`, as the app's glob sees them. */
export function flowFiles(root: string): string[] {
  const dir = path.join(root, 'flows');
  return readdirSync(dir)
    .filter((name) => /^[^.].*\.ts$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The translation files in flows/en/, sorted, as the app's glob sees them (none when the folder is absent). */
export function translationFiles(root: string): string[] {
  const dir = path.join(root, 'flows/en');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[^.].*\.ts$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}
