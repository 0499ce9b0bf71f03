// Part 3: Lighthouse (bench/node_modules) on the production build: home page and a step page.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromeFlags, chromePath } from './apps.mjs';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Whether the page's first frame was held back: the main thread idle for 0.7 s or more (no task
 * of 5 ms or more) before the observed first paint. In a headless run Chromium's compositor
 * sometimes sends the page no frame for one second (viz's BeginFrame throttling, Lighthouse
 * issue #17148): the first paint is then presented about a second after the page was ready,
 * and the observed first paint and Speed Index carry that second. Over 250 home-page reports
 * kept from this project's sessions (read once with a throwaway script), the gap was either
 * under 0.4 s or about 1 s.
 */
function heldFirstFrame(report) {
  const firstPaint = report.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint;
  if (firstPaint === undefined) return false;
  const tasks = (report.audits['main-thread-tasks']?.details?.items ?? [])
    .filter((task) => task.startTime < firstPaint)
    .sort((a, b) => a.startTime - b.startTime);
  let idle = 0;
  let busyUntil = 0;
  for (const task of [...tasks, { startTime: firstPaint, duration: 0 }]) {
    idle = Math.max(idle, task.startTime - busyUntil);
    busyUntil = Math.max(busyUntil, task.startTime + task.duration);
  }
  return idle >= 700;
}

/**
 * Scores (0–100) of the four categories for `url`, from the Lighthouse CLI, in a browser whose
 * preferred languages are `languages` (Accept-Language, `navigator.languages`: the app opens in
 * English for an English browser), with the requests to `blocked` URL patterns refused.
 * Asynchronous: the preview server answering Lighthouse runs in this process.
 */
export async function lighthouse(root, url, languages, blocked = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dsin-lighthouse-'));
  const output = path.join(dir, 'report.json');
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'bench/node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${categories.join(',')}`,
      `--chrome-flags=${[...chromeFlags, `--accept-lang=${languages}`].join(' ')}`,
      ...blocked.map((pattern) => `--blocked-url-patterns=${pattern}`),
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const status = await new Promise((resolve) => {
    child.on('close', resolve);
  });
  if (status !== 0) throw new Error(`lighthouse failed on ${url}`);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const failing = Object.values(report.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9)
    .map((audit) => (audit.displayValue ? `${audit.id} (${audit.displayValue})` : audit.id));
  return {
    url,
    scores: Object.fromEntries(
      categories.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]),
    ),
    failing,
    /** First Contentful Paint as Lighthouse simulates it, in ms. */
    fcp: report.audits['first-contentful-paint']?.numericValue,
    /** Largest Contentful Paint as Lighthouse simulates it, in ms. */
    lcp: report.audits['largest-contentful-paint']?.numericValue,
    /** Total Blocking Time, in ms: main-thread work during the load, scaled to a slow phone. */
    tbt: report.audits['total-blocking-time']?.numericValue,
    /**
     * JavaScript on the main thread (compilation, evaluation, execution), in ms scaled to the
     * simulated slow phone: steadier from run to run than the blocking time, which counts only
     * the tasks over 50 ms.
     */
    javascript: report.audits['bootup-time']?.numericValue,
    /** Cumulative Layout Shift. */
    cls: report.audits['cumulative-layout-shift']?.numericValue,
    /** Whether Chromium held the first frame back about a second (see heldFirstFrame). */
    held: heldFirstFrame(report),
  };
}
