// npm run flows:new -- <id>: creates flows/<id>.ts from the template in scripts/flows/newFlow.ts.
// The id check and the template live in that TypeScript module (the single source, tested there);
// Vite's module runner loads it in Node, as scripts/build/flowCatalogPlugin.ts loads the flows.
// Never overwrites a file: a bad or existing id exits with 1 and says why, in French.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const flowsDir = path.join(root, 'flows');

function fail(message) {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args.length > 1) {
  fail(
    `Indiquez un seul identifiant, sans espace (reçu : ${args.join(' ')}). Par exemple : npm run flows:new -- imprimante-bloquee`,
  );
}
const id = args[0] ?? '';
const existingIds = readdirSync(flowsDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -'.ts'.length));

const { module } = await runnerImport(path.join(root, 'scripts/flows/newFlow.ts'), {
  configFile: false,
  root,
  logLevel: 'silent',
});

const problem = module.checkNewFlowId(id, existingIds);
if (problem !== undefined) fail(problem);

const file = `flows/${id}.ts`;
try {
  // 'wx': fails if the file appeared since the check, instead of overwriting it.
  writeFileSync(path.join(root, file), module.flowTemplate(id), { flag: 'wx' });
} catch (error) {
  if (error?.code === 'EEXIST') {
    fail(`La procédure « ${id} » existe déjà : ${file}. Choisissez un autre identifiant.`);
  }
  throw error;
}

console.log(`Procédure créée : ${file}

Prochaines étapes :
  1. Ouvrez ${file} et remplacez les textes marqués « à remplacer » ou « à renommer ».
     Les commentaires du fichier expliquent chaque étape ; le guide complet : docs/guide-auteur.md.
  2. Vérifiez la procédure : npm run flows:check
  3. Lancez l'application : npm start
     La procédure s'ouvre à l'adresse http://127.0.0.1:5173/#/procedure/${id}`);
