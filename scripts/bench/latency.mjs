// Part 2: click → DOM change and click → next paint, this app vs SurveyJS, in one Chromium.
import { median, p95, seededRandom } from './stats.mjs';

/**
 * Arms the measure before a click, in the page: a capturing click listener takes the start
 * time, a MutationObserver the first DOM change and the moment the step's heading shows a new
 * text; once it does, requestAnimationFrame then a MessageChannel message marks the next paint.
 */
function arm(headingSelector) {
  const before = document.querySelector(headingSelector)?.textContent;
  window.__benchStep = new Promise((resolve) => {
    let start = -1;
    let first = -1;
    let shown = -1;
    const observer = new MutationObserver(() => {
      if (start < 0) return;
      const now = performance.now();
      if (first < 0) first = now - start;
      if (shown >= 0 || document.querySelector(headingSelector)?.textContent === before) return;
      shown = now - start;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          resolve({ first, shown, paint: performance.now() - start });
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    window.addEventListener(
      'click',
      () => {
        start = performance.now();
      },
      { capture: true, once: true },
    );
    setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, 5000);
  });
}

async function step(page, subject, selector) {
  await page.evaluate(arm, subject.heading);
  await page.locator(selector).first().click();
  return page.evaluate(() => window.__benchStep);
}

/** `cycles` × (answer, answer, back, back), after `warmup` unmeasured cycles. */
export async function measureLatency(browser, subject, url, { cycles, warmup, seed }) {
  const page = await browser.newPage();
  await subject.open(page, url);
  const random = seededRandom(seed);
  const samples = { answer: [], back: [] };
  let lost = 0;
  for (let cycle = 0; cycle < warmup + cycles; cycle++) {
    for (const kind of ['answer', 'answer', 'back', 'back']) {
      await page.waitForTimeout(10 + Math.floor(random() * 41));
      const result = await step(page, subject, subject[kind]);
      if (cycle < warmup) continue;
      if (result) samples[kind].push(result);
      else lost++;
    }
  }
  await page.close();
  const summary = (list) => ({
    count: list.length,
    firstMedian: median(list.map((sample) => sample.first)),
    domMedian: median(list.map((sample) => sample.shown)),
    domP95: p95(list.map((sample) => sample.shown)),
    paintMedian: median(list.map((sample) => sample.paint)),
    // From the step in the DOM to the paint: the wait for the next frame, and its rendering.
    frameMedian: median(list.map((sample) => sample.paint - sample.shown)),
    paintP95: p95(list.map((sample) => sample.paint)),
  });
  return {
    answer: summary(samples.answer),
    back: summary(samples.back),
    all: summary([...samples.answer, ...samples.back]),
    lost,
  };
}
