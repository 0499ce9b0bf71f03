// Part 4: JS heap after a short walk and after a long one, in the same page, after a full GC.

/** In the page: `count` clicks, alternating answer and back, each waiting for the heading to change. */
async function walk({ count, heading, answer, back }) {
  const changed = (before) =>
    new Promise((resolve, reject) => {
      const done = () => document.querySelector(heading)?.textContent !== before;
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`no step change after ${String(before)}`));
      }, 5000);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  for (let index = 0; index < count; index++) {
    const before = document.querySelector(heading)?.textContent;
    document.querySelector(index % 2 === 0 ? answer : back).click();
    await changed(before);
  }
}

async function usedHeap(cdp) {
  for (let round = 0; round < 3; round++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Heap after `short`, `middle` and `long` steps (answer and back: the trail ends as it began,
 * so whatever the long walk adds over the short one is not the trail).
 */
export async function measureMemory(browser, subject, url, { short, middle, long }) {
  const page = await browser.newPage();
  await subject.open(page, url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const options = { heading: subject.heading, answer: subject.answer, back: subject.back };
  await page.evaluate(walk, { ...options, count: short });
  const afterShort = await usedHeap(cdp);
  await page.evaluate(walk, { ...options, count: middle - short });
  const afterMiddle = await usedHeap(cdp);
  await page.evaluate(walk, { ...options, count: long - middle });
  const afterLong = await usedHeap(cdp);
  await page.close();
  return {
    short,
    middle,
    long,
    afterShort,
    afterMiddle,
    afterLong,
    growth: afterLong - afterShort,
  };
}
