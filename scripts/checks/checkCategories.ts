import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  categoriesFile,
  categoryProblems,
  readCategories,
  type FlowModel,
  type FlowProblem,
} from '../../src/engine';

/**
 * What `npm run flows:check` says of flows/categories.json (an error when it cannot be read: the
 * build stops on it too) and of each checked flow whose category it does not list (a warning).
 */
export function checkCategories(root: string, flows: readonly FlowModel[]): FlowProblem[] {
  const file = path.join(root, categoriesFile);
  const read = readCategories(existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  return categoryProblems(read, flows);
}
