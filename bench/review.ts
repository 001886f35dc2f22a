// Reviews many generated submissions the way the office does, in a separate process so its peak
// memory is its own; for reference, times LibreOffice recalculating the same files.
import { execFileSync } from "child_process";
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildTemplate } from "../src/workbook/template";
import { agencyInputs } from "../test/arbitraries";
import { convert, sofficePath } from "../test/support/libreoffice";

async function writeSubmissions(count: number): Promise<{ dir: string; files: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "bench-review-"));
  const agencies = fc.sample(agencyInputs(0.02, 0.01), { numRuns: count, seed: 5 });
  const files: string[] = [];
  for (const [i, inputs] of agencies.entries()) {
    const file = join(dir, `agency-${String(i).padStart(4, "0")}.xlsx`);
    writeFileSync(file, await buildTemplate({ inputs }));
    files.push(file);
  }
  return { dir, files };
}

/** Runs the compiled command line in its own process and returns its timing and peak memory. */
function reviewInChild(dir: string): { seconds: number; peakMiB: number; read: number } {
  const cli = join(__dirname, "..", "dist", "cli", "scorecard.js");
  const script = `
    const { main } = require(${JSON.stringify(cli)});
    let out = "";
    const start = process.hrtime.bigint();
    main(["review", ${JSON.stringify(dir)}, "--json"], { out: (t) => (out += t), err: () => {} }).then(() => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const read = JSON.parse(out).submissions.length;
      console.log(JSON.stringify({ seconds, peakMiB: process.resourceUsage().maxRSS / 1024, read }));
    });`;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 2 ** 30 })
  );
}

export async function benchReview(count: number): Promise<string[]> {
  const { dir, files } = await writeSubmissions(count);
  const review = reviewInChild(dir);
  const lines = [
    `review: ${review.read} of ${count} submissions in ${review.seconds.toFixed(2)} s = ${Math.round(count / review.seconds)} files/s, peak RSS ${review.peakMiB.toFixed(0)} MiB`,
  ];
  if (sofficePath()) {
    const out = mkdtempSync(join(tmpdir(), "bench-lo-"));
    const start = process.hrtime.bigint();
    convert(files, out, "csv");
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    lines.push(
      `review: LibreOffice recalculating the same ${count} files: ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(1)} files/s; the review is ${(seconds / review.seconds).toFixed(1)}× faster`
    );
  } else {
    lines.push("review: LibreOffice not installed, no reference figure");
  }
  return lines;
}
