// Bundled for Chromium by check.browser.test.ts: the proofreader exactly as a web page would load it.
import { proofread, type CheckContext, type Finding } from "../../src/core/check/index.js";
import { browserEngines } from "../../src/engines/browser-engines.js";

export interface BrowserCase {
  text: string;
  context: CheckContext;
}

async function checkAll(cases: BrowserCase[], worker: boolean): Promise<Finding[][]> {
  const engines = browserEngines({ assets: new URL("/assets/", location.href), worker });
  await Promise.all([engines.instant!.start(), engines.full!.start()]);
  try {
    const results: Finding[][] = [];
    for (const { text, context } of cases)
      results.push((await proofread(text, context, engines)).findings);
    return results;
  } finally {
    await Promise.all([engines.instant!.stop(), engines.full!.stop()]);
  }
}

(globalThis as unknown as { afterwordCheck: typeof checkAll }).afterwordCheck = checkAll;
