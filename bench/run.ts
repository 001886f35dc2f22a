// `npm run bench`: the speed and size figures quoted in the issue notes. Not a test: these
// machines are shared, so the figures are read by people, never asserted.
import { benchEngine } from "./engine";
import { benchPane } from "./pane";
import { benchReview } from "./review";

async function main(): Promise<void> {
  const agencies = Number(process.env.BENCH_AGENCIES ?? 100_000);
  const submissions = Number(process.env.BENCH_SUBMISSIONS ?? 1_000);
  for (const line of benchEngine(agencies)) console.log(line);
  for (const line of await benchReview(submissions)) console.log(line);
  for (const line of await benchPane()) console.log(line);
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exitCode = 1;
});
