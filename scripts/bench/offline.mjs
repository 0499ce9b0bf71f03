// Part 5: offline. What the service worker caches, the QR code's chunk, and a reload to the
// first step painted without the worker (nothing cached) and with it (offline), side by side.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { median, p95 } from './stats.mjs';

/**
 * The files the built worker (`sw.js`, written by vite-plugin-pwa with Workbox) precaches, its
 * own script and Workbox's runtime, and the QR code generator's lazy chunk, sized by `sizeOf`.
 */
export function measureOffline(dist, sizeOf) {
  const worker = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/\burl:"([^"]+)"/g)].map((match) => match[1]);
  const runtime = readdirSync(dist).filter((file) => /^workbox-[\w-]+\.js$/.test(file));
  const qr = readdirSync(path.join(dist, 'assets'))
    .filter((file) => /^leanQr-[\w-]+\.js$/.test(file))
    .map((file) => `assets/${file}`);
  return {
    precache: sizeOf(dist, urls),
    worker: sizeOf(dist, ['sw.js', ...runtime]),
    qr: sizeOf(dist, qr),
  };
}

/**
 * Marks, in the page, the paint after the step's heading is first in the DOM: the
 * requestAnimationFrame after it, then a MessageChannel message (as the latency part does),
 * timed from the navigation's start (`performance.now()` counts from it).
 */
function markFirstStep() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.wizard h1')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__firstStepPainted = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { subtree: true, childList: true });
}

async function reloadToFirstStep(page, before) {
  await before?.();
  await page.reload();
  await page.waitForFunction(() => window.__firstStepPainted !== undefined);
  return page.evaluate(() => window.__firstStepPainted);
}

/** Lighthouse's mobile network (its "slow 4G"): 150 ms round trips, 1.6 Mbit/s down, 675 kbit/s up. */
export const mobileNetwork = {
  offline: false,
  latency: 150,
  downloadThroughput: (1638.4 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};

/** A tab with no service worker whose HTTP cache is emptied before each reload: a first visit. */
async function coldTab(browser, step, network) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(markFirstStep);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await page.goto(step);
  return { context, page, before: () => cdp.send('Network.clearBrowserCache') };
}

/** A tab whose service worker has cached the app, then with the network cut: a later visit, offline. */
async function warmTab(browser, step) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(markFirstStep);
  await page.goto(step);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  return { context, page };
}

/**
 * A procedure's page reloaded `reloads` times in each of three tabs, in turn, after `warmup`
 * unmeasured reloads each: cold (no worker, nothing cached) over this machine's loopback, cold
 * over Lighthouse's mobile network, and warm (the worker, offline). Taking turns spreads the
 * machine's ups and downs over all three.
 */
export async function measureReloads(browser, url, { reloads, warmup }) {
  const step = `${url}#/procedure/network-connection`;
  const tabs = {
    coldLocal: await coldTab(browser, step),
    coldMobile: await coldTab(browser, step, mobileNetwork),
    warm: await warmTab(browser, step),
  };
  const samples = { coldLocal: [], coldMobile: [], warm: [] };
  for (let run = 0; run < warmup + reloads; run++) {
    for (const [name, tab] of Object.entries(tabs)) {
      const time = await reloadToFirstStep(tab.page, tab.before);
      if (run >= warmup) samples[name].push(time);
    }
  }
  const controlled = await tabs.warm.page.evaluate(
    () => navigator.serviceWorker.controller !== null,
  );
  for (const tab of Object.values(tabs)) await tab.context.close();
  if (!controlled) throw new Error('the warm tab was not served by the service worker');
  const summary = (list) => ({ count: list.length, median: median(list), p95: p95(list) });
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summary(list)]));
}

const ms = (value) => `${value.toFixed(0)} ms`;

/** The report's section on reloads, and the goals on them and on the precache. */
export function offlineReport(sizes, reloads, { kB }) {
  const { precache, qr } = sizes;
  const ratio = reloads.warm.median / reloads.coldMobile.median;
  const localRatio = reloads.warm.median / reloads.coldLocal.median;
  const row = (name, result) =>
    `| ${name} | ${String(result.count)} | ${ms(result.median)} | ${ms(result.p95)} |`;
  const section = [
    '## Offline: reload to the first step',
    '',
    `\`#/procedure/network-connection\` reloaded in three tabs of one Chromium, in turn, ${String(reloads.warm.count)} measured reloads each after a few unmeasured: from the navigation's start (\`performance.now()\` in the new page) to the paint after the step's heading is in the DOM (the requestAnimationFrame after it, then a MessageChannel message). Cold: no service worker and the HTTP cache emptied before each reload (CDP \`Network.clearBrowserCache\`), as a first visit; over this machine's loopback, then over Lighthouse's mobile network (DevTools throttling, 150 ms round trips, 1.6 Mbit/s down). Warm: the service worker installed by a first visit, then the network cut (\`context.setOffline(true)\`): every file comes from its cache. The worker precaches ${String(precache.files.length)} files, ${kB(precache.gzip)} gzip (the QR code's chunk among them, ${kB(qr.gzip)}).`,
    '',
    '| reload | reloads | median | p95 |',
    '| --- | ---: | ---: | ---: |',
    row('cold, no worker, loopback', reloads.coldLocal),
    row('cold, no worker, mobile network', reloads.coldMobile),
    row('warm, worker, offline', reloads.warm),
    '',
    `Warm / cold, medians: ${ratio.toFixed(2)} against the mobile network, ${localRatio.toFixed(2)} against the loopback.`,
    '',
  ];
  const goals = [
    [
      'reload → first step painted, warm (worker, offline) / cold (no worker, mobile network), median',
      '≤ 0.5',
      ratio.toFixed(2),
      ratio <= 0.5,
      `What is left of a warm reload is this machine's work: starting the worker, reading its cache, running the entry and the wizard (${ms(reloads.warm.median)}). Over the loopback, where the network costs nothing, the cold reload takes ${ms(reloads.coldLocal.median)}, so the ratio there (${localRatio.toFixed(2)}) only measures what the worker's cache saves beyond the network (requests, compiled code).`,
    ],
    ['service worker precache, gzip', '≤ 200 kB', kB(precache.gzip), precache.gzip <= 200_000],
  ];
  return { sizes, section, goals };
}
