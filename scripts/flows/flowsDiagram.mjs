// npm run flows:diagram: writes docs/flows/<id>.md, the Mermaid diagram of each flow in flows/,
// and removes the diagrams of flows that no longer exist.
// npm run flows:diagram -- --check: writes nothing; exits 1 if a diagram is missing or stale.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const check = args.includes('--check');
if (args.some((arg) => arg !== '--check')) {
  console.error('Usage : npm run flows:diagram [-- --check]');
  process.exit(2);
}

// A module runner loads the TypeScript modules in Node, as the build and the tests do.
const load = async (file) =>
  (await runnerImport(path.join(root, file), { configFile: false, root, logLevel: 'silent' }))
    .module;

let diagramDir;
let diagramDocuments;
try {
  ({ diagramDir, diagramDocuments } = await load('scripts/flows/diagramDocuments.ts'));
} catch (error) {
  // A flow that does not load. A broken contract is said in French, with the file and the state;
  // what XState or the parser rejects first is in English: flows:check says it in French.
  const { forTerminal } = await load('scripts/shared/forTerminal.ts');
  const message = error instanceof Error ? error.message : String(error);
  console.error(forTerminal(message, process.stderr));
  console.error(
    "Les schémas n'ont pas été écrits : une procédure ne se charge pas. npm run flows:check dit laquelle corriger, et où.",
  );
  process.exit(1);
}

const dir = path.join(root, diagramDir);
const expected = new Map(diagramDocuments.map(({ file, content }) => [file, content]));
const existing = existsSync(dir)
  ? readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `${diagramDir}/${name}`)
  : [];

/** What is out of date: { file, content } to write, or { file } to remove. */
const changes = [];
for (const [file, content] of expected) {
  const full = path.join(root, file);
  if (!existsSync(full)) changes.push({ file, content, why: 'absent' });
  else if (readFileSync(full, 'utf8') !== content)
    changes.push({ file, content, why: "n'est plus à jour" });
}
for (const file of existing) {
  if (!expected.has(file))
    changes.push({ file, why: 'ne correspond à aucune procédure de flows/' });
}

if (check) {
  for (const { file, why } of changes) console.error(`${file} : ${why}.`);
  if (changes.length > 0) {
    console.error('Schémas des procédures à régénérer : lancez npm run flows:diagram.');
    process.exit(1);
  }
  console.log(`Schémas à jour (${expected.size} procédures).`);
} else {
  mkdirSync(dir, { recursive: true });
  for (const { file, content } of changes) {
    const full = path.join(root, file);
    if (content === undefined) {
      rmSync(full);
      console.log(`${file} : supprimé (la procédure n'existe plus).`);
    } else {
      const created = !existsSync(full);
      writeFileSync(full, content);
      console.log(`${file} : ${created ? 'créé' : 'mis à jour'}.`);
    }
  }
  console.log(`${expected.size} schémas à jour dans ${diagramDir}/.`);
}
