// npm run flows:check [-- flows/one.ts …]: checks every flow (or the ones named), prints one
// line per problem, and exits 1 when there is an error (warnings are marked and do not fail).
import path from 'node:path';
import { tsLoader } from '../shared/tsLoader.mjs';

const root = process.cwd();
const named = process.argv.slice(2);
// One dev server in middleware mode loads the TypeScript checker and each flow in Node.
const server = await tsLoader(root);
const checker = await server.ssrLoadModule(path.join(root, 'scripts/checks/checkFlows.ts'));
const engine = await server.ssrLoadModule(path.join(root, 'src/engine/index.ts'));
const { flowFiles, translationFiles } = await server.ssrLoadModule(
  path.join(root, 'scripts/flows/flowFiles.ts'),
);
const { forTerminal } = await server.ssrLoadModule(
  path.join(root, 'scripts/shared/forTerminal.ts'),
);
const files = named.length > 0 ? named.map((file) => path.resolve(root, file)) : flowFiles(root);
const { flows, problems } = await checker.checkFlowFiles(root, files);
const categories = await server.ssrLoadModule(path.join(root, 'scripts/checks/checkCategories.ts'));
problems.push(...categories.checkCategories(root, flows));
// The English of the flows checked; every file of flows/en/ when every flow is.
const translator = await server.ssrLoadModule(
  path.join(root, 'scripts/checks/checkTranslations.ts'),
);
const idOf = (file) => path.basename(file, '.ts');
const checkedIds = new Set(files.map(idOf));
const translations = translationFiles(root).filter(
  (file) => named.length === 0 || checkedIds.has(idOf(file)),
);
const english = await translator.checkTranslationFiles(root, translations, flows, checkedIds);
problems.push(...english.problems);
if (named.length === 0) problems.push(...translator.checkCategoryNames(root, flows));
await server.close();
// A syntax error's code frame comes coloured from Vite's parser: plain in a log or with NO_COLOR.
for (const problem of problems)
  console.log(forTerminal(engine.formatProblem(problem), process.stdout));

const errors = problems.filter((problem) => problem.severity !== 'warning').length;
const warnings = problems.length - errors;
const plural = (count, word) => `${count} ${word}${count > 1 ? 's' : ''}`;
console.log(
  `${plural(files.length, 'procédure')} vérifiée${files.length > 1 ? 's' : ''} (${flows.length} lisible${flows.length > 1 ? 's' : ''}) : ${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}.`,
);
process.exit(errors > 0 ? 1 : 0);
