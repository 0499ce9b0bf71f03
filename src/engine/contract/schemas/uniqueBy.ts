import * as z from 'zod/mini';

/**
 * A check that no two items of a list share a key (two fields with one name, two options with
 * one value), whose message names the duplicate so the author knows which one to rename.
 */
export function uniqueBy<T>(key: (item: T) => string, message: (duplicate: string) => string) {
  return z.superRefine<T[]>((items, context) => {
    const seen = new Set<string>();
    for (const value of items.map(key)) {
      if (seen.has(value)) {
        context.issues.push({ code: 'custom', message: message(value), input: items });
        return;
      }
      seen.add(value);
    }
  });
}
