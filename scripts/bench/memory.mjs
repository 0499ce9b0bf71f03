// Part 5: the page's memory after a short walk and after long ones, in the same page.

/**
 * In the page: `count` clicks, alternating answer and back, each waiting for the heading to
 * change and then for one painted frame, as a person would: the work the app defers until the
 * step is painted (saving, the URL, the title) runs between clicks, so its leaks would show.
 */
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
  const painted = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    });
  for (let index = 0; index < count; index++) {
    const before = document.querySelector(heading)?.textContent;
    document.querySelector(index % 2 === 0 ? answer : back).click();
    await changed(before);
    await painted();
  }
}

/**
 * After a full collection: the used JS heap, and a heap snapshot split into V8's compiled code
 * (machine code, bytecode and their tables, which grow as functions get hot and are optimised)
 * and everything else (the objects the app and the page allocate); plus the event listeners
 * on window, document and every node, where leaked listeners would show.
 */
async function measure(cdp) {
  for (let round = 0; round < 3; round++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  let text = '';
  const onChunk = (event) => {
    text += event.chunk;
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes, strings } = JSON.parse(text);
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [type, name, size] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  let code = 0;
  let objects = 0;
  for (let index = 0; index < nodes.length; index += fields.length) {
    const isCode =
      types[nodes[index + type]] === 'code' || strings[nodes[index + name]].startsWith('system / ');
    if (isCode) code += nodes[index + size];
    else objects += nodes[index + size];
  }
  let listeners = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const found = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
      depth: -1,
    });
    listeners += found.listeners.length;
  }
  return { used: usedSize, code, objects, listeners };
}

/**
 * Measures after `short`, `middle` and `long` steps (answer and back: the trail ends as it
 * began, so whatever the long walk adds over the short one is not the trail).
 */
export async function measureMemory(browser, subject, url, { short, middle, long }) {
  const page = await browser.newPage();
  await subject.open(page, url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const options = { heading: subject.heading, answer: subject.answer, back: subject.back };
  const points = [];
  let done = 0;
  for (const steps of [short, middle, long]) {
    await page.evaluate(walk, { ...options, count: steps - done });
    done = steps;
    points.push({ steps, ...(await measure(cdp)) });
  }
  await page.close();
  return points;
}
