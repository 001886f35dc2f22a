// Scores many generated agencies and reports the rate and the peak memory.
import fc from "fast-check";
import { scoreAgency } from "../src/engine/score";
import { agencyInputs } from "../test/arbitraries";

export function benchEngine(count: number): string[] {
  const agencies = fc.sample(agencyInputs(0.02, 0.01), { numRuns: count, seed: 2022 });
  const before = process.memoryUsage().rss;

  const start = process.hrtime.bigint();
  let scored = 0;
  for (const raw of agencies) if (scoreAgency(raw).total !== null) scored++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  const peak = process.resourceUsage().maxRSS * 1024;
  return [
    `engine: ${count} agencies in ${seconds.toFixed(2)} s = ${Math.round(count / seconds)} agencies/s`,
    `engine: ${scored} of them with a complete total; peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB (RSS before scoring ${(before / 2 ** 20).toFixed(0)} MiB, includes the generated inputs)`,
  ];
}
