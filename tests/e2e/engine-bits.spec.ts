import { expect, test } from '@playwright/test';
import {
  browserExpression,
  differences,
  nodeFunctions,
  nodeProbe,
  type BrowserAnswer,
} from '../firefox/engine-bundle.ts';

/**
 * The chapters' numbers are computed and checked under Node; a reader's Chromium must compute the
 * same ones. Chromium's own Math.exp, log, sin, cos, tanh, atan... differ from Node's (V8's
 * fdlibm; Chromium 156 uses other routines), so the engine runs its own ports (src/engine/math).
 * The engine's probe (tests/firefox/engine-probe.ts: datasets, the RMSProp chapter's trainer,
 * surfaces, a formula, each function) runs on a blank tab, no page load, and its bits are
 * compared with Node's. tests/firefox runs the same probe in Firefox.
 */
test("the engine computes Node's numbers in Chromium, bit for bit", async ({ page }) => {
  const answer = JSON.parse(await page.evaluate<string>(await browserExpression())) as BrowserAnswer;
  const node = nodeProbe();
  // How far Chromium's own Math.* is from Node's, for the record (it depends on the version).
  console.log('Chromium Math.* values unlike Node 24 (of 4,000 each):', differences(answer.math, nodeFunctions()));
  const zero = Object.fromEntries(Object.keys(node).map((key) => [key, 0]));
  expect(differences(answer.engine, node)).toEqual(zero);
});
