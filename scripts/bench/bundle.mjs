// Part 1: what each page downloads, gzip and brotli, and whether the home load stays flat with 200 more flows.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';

/** `vite build` of `root` into `outDir`, with the manifest, so lazy chunks can be told apart. */
export function viteBuild(root, outDir) {
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--manifest', '--emptyOutDir', '--outDir', outDir, '--logLevel', 'error'],
    // Vite's module runner (used to load homeLoad.ts) sets NODE_ENV=development in this process:
    // the build must not inherit it, or React's development build is bundled.
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed in ${root}`);
}

async function loadHomeLoad(root) {
  const { module } = await runnerImport(path.join(root, 'scripts/bench/homeLoad.ts'), {
    configFile: false,
    root,
    logLevel: 'silent',
  });
  return module;
}

/** Every chunk reachable from `keys` in the Vite manifest, following static (and optionally dynamic) imports. */
function closure(manifest, keys, dynamic) {
  const seen = new Set();
  const stack = [...keys];
  while (stack.length > 0) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
    if (dynamic) stack.push(...(manifest[key].dynamicImports ?? []));
  }
  return [...seen].map((key) => manifest[key].file);
}

const flowIds = (root) =>
  readdirSync(path.join(root, 'flows'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -3));

/** Sizes of the built app in `dist`: home load, each flow chunk, the author page, the agent's view, Mermaid. */
export async function measureBundle(root, dist) {
  const { homeLoad, sizeOf } = await loadHomeLoad(root);
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const assets = readdirSync(path.join(dist, 'assets'));
  const home = homeLoad(dist);
  const homeFiles = new Set(home.files);

  const flows = flowIds(root).map((id) => {
    const pattern = new RegExp(`^${id}-[\\w-]{8}\\.js$`);
    return {
      id,
      ...sizeOf(
        dist,
        assets.filter((file) => pattern.test(file)).map((f) => `assets/${f}`),
      ),
    };
  });

  const authorKey = Object.keys(manifest).find((key) => key.endsWith('/AuthorPages.tsx'));
  const mermaidKey = Object.keys(manifest).find((key) => key.startsWith('node_modules/mermaid/'));
  const appStatic = new Set([
    ...homeFiles,
    ...closure(
      manifest,
      Object.keys(manifest).filter((key) => key.startsWith('src/')),
      false,
    ),
  ]);
  const authorPage = sizeOf(
    dist,
    assets.filter((file) => /^AuthorPages-.*\.js$/.test(file)).map((file) => `assets/${file}`),
  );
  // The agent's view (#/diagnostic/…): its own chunk, and all it downloads beyond the home load
  // before its flow's chunk and Mermaid (its static imports, shared with the wizard or not).
  const diagnosticKey = Object.keys(manifest).find((key) => key.endsWith('/DiagnosticPage.tsx'));
  const diagnosticPage = sizeOf(
    dist,
    assets.filter((file) => /^DiagnosticPage-.*\.js$/.test(file)).map((file) => `assets/${file}`),
  );
  const diagnosticLoad = sizeOf(
    dist,
    closure(manifest, [diagnosticKey], false).filter((file) => !homeFiles.has(file)),
  );
  const notApp = (files) => files.filter((file) => !appStatic.has(file));
  const mermaidFirst = sizeOf(dist, notApp(closure(manifest, [mermaidKey], false)));
  const mermaidAll = sizeOf(dist, notApp(closure(manifest, [mermaidKey], true)));
  return {
    home,
    flows,
    authorPage,
    authorKey,
    diagnosticPage,
    diagnosticLoad,
    mermaidFirst,
    mermaidAll,
  };
}

/** A small valid flow, modelled on flows/other-problem.ts, under a new id. */
function syntheticFlow(source, index) {
  const id = `synthetic-${String(index).padStart(3, '0')}`;
  return source
    .replace("id: 'other-problem'", `id: '${id}'`)
    .replace("title: 'Autre problème'", `title: 'Procédure synthétique ${String(index)}'`)
    .replace(/^\s*fallback: true,\n/m, '');
}

/**
 * Builds a throw-away copy of the app (under `workDir`) with `count` more flows, and returns its
 * home load. Nothing of it is kept in the repository.
 */
export async function homeLoadWithMoreFlows(root, workDir, count) {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  for (const entry of [
    'src',
    'flows',
    'scripts',
    'public',
    'index.html',
    'vite.config.ts',
    'package.json',
    'tsconfig.json',
  ]) {
    if (existsSync(path.join(root, entry)))
      cpSync(path.join(root, entry), path.join(workDir, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(workDir, 'node_modules'), 'dir');
  const source = readFileSync(path.join(root, 'flows/other-problem.ts'), 'utf8');
  for (let index = 1; index <= count; index++) {
    writeFileSync(
      path.join(workDir, `flows/synthetic-${String(index).padStart(3, '0')}.ts`),
      syntheticFlow(source, index),
    );
  }
  const dist = path.join(workDir, 'dist');
  viteBuild(workDir, dist);
  const { homeLoad } = await loadHomeLoad(root);
  const load = homeLoad(dist);
  const flowChunks = readdirSync(path.join(dist, 'assets')).filter((file) =>
    file.startsWith('synthetic-'),
  ).length;
  return { load, flowChunks, flows: flowIds(workDir).length };
}
