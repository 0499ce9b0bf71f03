import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allFlows } from '../../../scripts/flows/allFlows';
import { sampleFields, startSessionAt, stepView } from '../../../src/engine';
import { isEnding } from '../../../src/engine/contract/schemas/stepSchema';
import { today } from '../../support/allFlows';
import { configuredSettings } from '../../support/configuredSettings';
import { axeViolations, startBrowserApp, type BrowserApp } from '../support/browser';
import { expectStep } from '../support/walk';
import { expectWayToDesk } from '../support/wayToDesk';

let app: BrowserApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserApp('configured');
  page = await (await app.browser.newContext({ locale: 'fr-FR' })).newPage();
  page.setDefaultTimeout(15_000);
}, 60_000);

afterAll(async () => {
  await app.close();
});

/** Every ending of every flow, opened through the authors' preview (« Aperçu depuis ici »). */
const endings = allFlows.flatMap((flow) =>
  [...flow.steps.values()]
    .filter(({ step }) => isEnding(step))
    .map(({ id }) => [flow.id, id, flow] as const),
);

it.each(endings)(
  'with the settings filled in, %s → %s shows each way to the desk they give',
  async (flowId, stateId, flow) => {
    // The preview fills the fields with the same samples on the browser's day; the texts checked
    // do not depend on the day.
    const view = stepView(startSessionAt(flow, stateId, sampleFields(flow, today)));
    await page.goto(`${app.url}#/auteur/${flowId}/apercu/${stateId}`);
    await expectStep(page, view);
    await expectWayToDesk(page, view, configuredSettings);
    expect(await axeViolations(page)).toEqual([]);
  },
);
