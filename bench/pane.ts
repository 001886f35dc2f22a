// The task pane's weight as Excel downloads it: the production bundle's JavaScript, raw and
// gzipped. Builds dist-addin/ first, unless BENCH_PANE_PREBUILT=1 asks to measure it as it is.
// Run alone with `npx tsx bench/pane.ts`.
import { execFile } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { promisify } from "util";
import { gzipSync } from "zlib";

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
    "pane: the time to open the pane in Chromium is not measured yet; it comes with the end-to-end test",
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
