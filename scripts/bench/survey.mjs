// Builds the SurveyJS comparison page (bench/), installing its own dependencies first if needed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** bench/node_modules (SurveyJS, Lighthouse), from bench/package-lock.json. */
export function installBenchPackage(root) {
  if (existsSync(path.join(root, 'bench/node_modules'))) return;
  run('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], root);
}

/** bench/dist, and the JS and CSS files the survey page loads. */
export function buildSurvey(root) {
  run('npx', ['vite', 'build', '--config', 'bench/vite.config.mjs'], root);
  const assets = readdirSync(path.join(root, 'bench/dist/assets'));
  return {
    dist: path.join(root, 'bench/dist'),
    files: [
      'index.html',
      ...assets.filter((file) => /\.(?:js|css)$/.test(file)).map((f) => `assets/${f}`),
    ],
  };
}
