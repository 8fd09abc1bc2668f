// npm run drill [-- name…]: crash, Slack outage, three instances, malformed payloads, audit tampering, PDFs. Exits 1 when any drill fails.
import { drillCrashUnderLoad } from './drills/crash-under-load.js';
import type { DrillResult } from './drills/drill-result.js';
import { drillMalformedPayloads } from './drills/malformed-payloads.js';
import { drillPdfRenders } from './drills/pdf-renders.js';
import { drillSlackOutage } from './drills/slack-outage.js';
import { drillTamper } from './drills/tamper.js';
import { drillThreeInstances } from './drills/three-instances.js';
import { figuresTable, machineLines, writeDocBlock, type Figure } from './support/figures.js';

const DRILLS: Record<string, { promise: string; run: () => Promise<DrillResult> }> = {
  crash: { promise: 'kill -9 under intake load: every incident answered 201 is there after the restart', run: drillCrashUnderLoad },
  outage: { promise: 'Slack answers 429/500 for a minute while 50 reminders fall due: each posted exactly once', run: drillSlackOutage },
  instances: { promise: 'three instances on one database: each escalation posted exactly once', run: drillThreeInstances },
  payloads: {
    promise: '10 000 random or malformed payloads, then hostile requests generated from /docs-json: no 5xx, no row from a rejected request',
    run: drillMalformedPayloads,
  },
  tamper: { promise: 'the database owner deletes the audit tail, then rewrites the chain: verify reports both', run: drillTamper },
  pdf: {
    promise: 'three PDFs of the largest accepted body at once: all made, /health/live within 200 ms throughout',
    run: drillPdfRenders,
  },
};

async function main(): Promise<void> {
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !(name in DRILLS));
  if (unknown.length) throw new Error(`unknown drill ${unknown.join(', ')}; the drills are ${Object.keys(DRILLS).join(', ')}`);
  const names = chosen.length ? chosen : Object.keys(DRILLS);
  const rows: string[] = [];
  const figures: Figure[] = [];
  let failed = false;
  for (const name of names) {
    const result = await DRILLS[name].run();
    const verdict = result.failures.length ? `FAILED: ${result.failures.join('; ')}` : 'passed';
    console.log(`drill ${name}: ${verdict}`);
    rows.push(`| ${DRILLS[name].promise} | ${result.failures.length ? `**failed**: ${result.failures.join('; ')}` : 'passed'} |`);
    figures.push(...result.figures);
    failed ||= result.failures.length > 0;
  }
  // Only a full run speaks for the report.
  if (!chosen.length)
    await writeDocBlock('drill', [...machineLines(), '', '| drill | result |', '|---|---|', ...rows, '', ...figuresTable(figures)]);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
