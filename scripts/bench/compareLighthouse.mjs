// Two builds of the app under Lighthouse, run after run in turn, with the bench's command and
// flags (lighthouse.mjs): what a change does to a page's score, apart from how loaded the machine
// is at one moment (a slower minute slows both builds). Not part of `npm run bench`, which
// measures the current build only.
//
// node scripts/bench/compareLighthouse.mjs <build A> <build B> [--runs 12] [--hash '#/…']
//   [--languages fr-FR,fr]
// Each build is a `vite build --outDir <dir>` of one version (for example a worktree of the
// commit before a change, and this one). Needs bench/ installed (`npm run bench` installs it).
import path from 'node:path';
import { serve } from './apps.mjs';
import { lighthouse } from './lighthouse.mjs';
import { median } from './stats.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : (args[at + 1] ?? fallback);
};
const builds = args.filter(
  (arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'),
);
if (builds.length !== 2)
  throw new Error('usage: compareLighthouse.mjs <build A> <build B> [--runs N]');
const runs = Number(option('runs', '12'));
const hash = option('hash', '');
const languages = option('languages', 'fr-FR,fr');

const servers = await Promise.all(
  builds.map((dir) => serve({ root, build: { outDir: path.resolve(dir) } })),
);
const results = builds.map(() => []);
const round = (value) => Math.round(value ?? Number.NaN);
for (let run = 1; run <= runs; run++)
  for (const [index, { url }] of servers.entries()) {
    const result = await lighthouse(root, url + hash, languages);
    results[index]?.push(result);
    const { performance } = result.scores;
    console.log(
      `run ${String(run)} ${builds[index] ?? ''}: performance ${String(performance)}, TBT ${String(round(result.tbt))} ms, FCP ${String(round(result.fcp))} ms, LCP ${String(round(result.lcp))} ms${result.held ? ', first frame held (see lighthouse.mjs)' : ''}`,
    );
  }
for (const [index, list] of results.entries()) {
  const scores = list.map((result) => result.scores.performance);
  console.log(
    `${builds[index] ?? ''}: performance median ${String(median(scores))}, ${String(scores.filter((score) => score === 100).length)} of ${String(scores.length)} at 100; TBT median ${String(Math.round(median(list.map((result) => result.tbt ?? 0))))} ms; first frame held in ${String(list.filter((result) => result.held).length)}`,
  );
}
await Promise.all(servers.map(({ server }) => server.close()));
