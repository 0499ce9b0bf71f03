import {
  checkTranslation,
  flowTranslationSchema,
  type FlowModel,
  type FlowProblem,
  type FlowTranslation,
} from '../../src/engine';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeIssueAt } from '../../src/engine/contract/describeIssue';
import { loadDefault } from './loadDefault';
import {
  categoriesFile,
  categoryNamesFile,
  readCategories,
  readCategoryNames,
} from '../../src/engine';

/** A translation file to check, however it is loaded: `import()` on the command line, a glob at build. */
export interface TranslationSource {
  /** `flows/en/<id>.ts`. */
  file: string;
  load: () => Promise<unknown>;
}

export interface TranslationReport {
  /** The translations that parse, by flow id. */
  translations: Map<string, FlowTranslation>;
  problems: FlowProblem[];
}

const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.ts$/, '');

/** One file's translation, or what keeps it from being read (errors: the app would show French). */
async function readTranslation({
  file,
  load,
}: TranslationSource): Promise<FlowTranslation | FlowProblem[]> {
  const loaded = await loadDefault(load);
  if ('failed' in loaded)
    return [{ file, message: `le fichier ne se charge pas : ${loaded.failed}` }];
  const parsed = flowTranslationSchema.safeParse(loaded.exported, { reportInput: true });
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => ({
    file,
    message: `${describeIssueAt('export default', issue)}. Le fichier s’écrit const english: FlowTranslation = { flow, keywords, symptoms, states }; export default english; (voir docs/guide-auteur.md, section 8).`,
  }));
}

/**
 * What `flows:check` says of flows/en/: each file that does not parse (an error), each file whose
 * flow does not exist (`flowIds`: the flow files, loaded or not), then each loaded flow's English
 * (warnings, see `checkTranslation`).
 */
export async function checkTranslations(
  sources: readonly TranslationSource[],
  flows: readonly FlowModel[],
  flowIds: ReadonlySet<string>,
): Promise<TranslationReport> {
  const translations = new Map<string, FlowTranslation>();
  const problems: FlowProblem[] = [];
  for (const source of sources) {
    const id = idOf(source.file);
    if (!flowIds.has(id)) {
      problems.push({
        file: source.file,
        severity: 'warning',
        message: `aucune procédure flows/${id}.ts ne correspond à cette traduction. Donnez au fichier le nom de sa procédure, ou supprimez-le si la procédure l’a été.`,
      });
      continue;
    }
    const read = await readTranslation(source);
    if (Array.isArray(read)) problems.push(...read);
    else translations.set(id, read);
  }
  const files = new Set(sources.map((source) => idOf(source.file)));
  for (const flow of flows) {
    // A file that does not parse has its own errors: its flow is not said to lack English too.
    if (files.has(flow.id) && !translations.has(flow.id)) continue;
    problems.push(...checkTranslation(flow, translations.get(flow.id)));
  }
  return { translations, problems };
}

/**
 * The same, over files named by their path, as `npm run flows:check` does: the translations of
 * `flows` (all of flows/en/ when every flow is checked, to find a file left without its flow).
 */
export function checkTranslationFiles(
  root: string,
  files: readonly string[],
  flows: readonly FlowModel[],
  flowIds: ReadonlySet<string>,
): Promise<TranslationReport> {
  return checkTranslations(
    files.map((file) => ({
      file: path.relative(root, file),
      load: () => import(/* @vite-ignore */ file),
    })),
    flows,
    flowIds,
  );
}

/** Every category to name in English: those of flows/categories.json, and those flows use. */
export function categoriesToName(listed: readonly string[], flows: readonly FlowModel[]): string[] {
  return [...new Set([...listed, ...flows.map((flow) => flow.meta.category)])];
}

/** What `npm run flows:check` says of flows/en/categories.json (see `readCategoryNames`). */
export function checkCategoryNames(root: string, flows: readonly FlowModel[]): FlowProblem[] {
  const read = (file: string) => {
    const absolute = path.join(root, file);
    return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  };
  const listed = readCategories(read(categoriesFile));
  return readCategoryNames(
    read(categoryNamesFile),
    categoriesToName(listed.ok ? listed.categories : [], flows),
  ).problems;
}
