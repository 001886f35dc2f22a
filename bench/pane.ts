// The task pane's weight as Excel downloads it: the production bundle's JavaScript, raw and
// gzipped; and how long it takes to open: from navigation to the listed indicators, in headless
// Chromium over the end-to-end test's stand-in for Excel (median of BENCH_PANE_RUNS, 7 unless
// set). Builds dist-addin/ first, unless BENCH_PANE_PREBUILT=1 asks to measure it as it is.
// Run alone with `npx tsx bench/pane.ts`.
import { execFile } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { promisify } from "util";
import { gzipSync } from "zlib";
import example from "../examples/chaoyang-2022.json";
import {
  buildStandin,
  chromiumMissing,
  launchPane,
  officeScript,
  openPane,
  serveDirectory,
} from "../test/e2e/harness";

const root = join(__dirname, "..");
const outputDir = join(root, "dist-addin");
/** The target for the pane's JavaScript, gzipped. */
const GZIP_BUDGET = 250 * 1024;

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function buildPane(): Promise<number> {
  const webpack = require.resolve("webpack/bin/webpack.js");
  const start = process.hrtime.bigint();
  await promisify(execFile)(process.execPath, [webpack, "--mode", "production"], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Milliseconds from starting navigation until the last indicator is visible, one per run, each
 * in a new tab with the HTTP cache off (the harness routes every request), as a first opening.
 */
async function openingTimes(runs: number): Promise<number[]> {
  const standin = await buildStandin();
  const server = await serveDirectory(outputDir);
  const browser = await launchPane(server, await officeScript(standin, example));
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const start = process.hrtime.bigint();
      const page = await openPane(browser, server);
      await page.getByRole("button", { name: /^第 18 项 / }).waitFor({ timeout: 30_000 });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

async function openingLine(): Promise<string> {
  const missing = chromiumMissing();
  if (missing) return `pane: the time to open the pane in Chromium is not measured: ${missing}`;

  const runs = Number(process.env.BENCH_PANE_RUNS ?? 7);
  const times = await openingTimes(runs);
  const each = times.map((ms) => ms.toFixed(0)).join(", ");
  return (
    `pane: navigation to the indicator list in headless Chromium, median of ${runs}: ` +
    `${median(times).toFixed(0)} ms (runs: ${each} ms)`
  );
}

export async function benchPane(): Promise<string[]> {
  const prebuilt = process.env.BENCH_PANE_PREBUILT === "1" && existsSync(outputDir);
  const buildSeconds = prebuilt ? null : await buildPane();

  const scripts = readdirSync(outputDir).filter((name) => name.endsWith(".js"));
  if (scripts.length === 0) {
    throw new Error(`no JavaScript in ${outputDir}: build it with npm run build:addin`);
  }
  const sizes = scripts.map((name) => {
    const bytes = readFileSync(join(outputDir, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  const raw = sizes.reduce((sum, size) => sum + size.raw, 0);
  const gzip = sizes.reduce((sum, size) => sum + size.gzip, 0);

  const verdict = gzip <= GZIP_BUDGET ? "within" : "OVER";
  return [
    ...(buildSeconds === null
      ? [`pane: measured the existing ${outputDir}`]
      : [`pane: production build in ${buildSeconds.toFixed(1)} s`]),
    ...sizes.map((size) => `pane: ${size.name} ${kib(size.raw)} raw, ${kib(size.gzip)} gzipped`),
    `pane: JavaScript ${kib(raw)} raw, ${kib(gzip)} gzipped, ${verdict} the budget of ${kib(GZIP_BUDGET)} gzipped`,
    await openingLine(),
  ];
}

if (require.main === module) {
  benchPane().then(
    (lines) => lines.forEach((line) => console.log(line)),
    (error: Error) => {
      console.error(`bench: ${error.message}`);
      process.exitCode = 1;
    }
  );
}
