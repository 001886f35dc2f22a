// `npm run bench`: the speed and size figures quoted in the issue notes. Not a test: these
// machines are shared, so the figures are read by people, never asserted.
import { benchEngine } from "./engine";

const agencies = Number(process.env.BENCH_AGENCIES ?? 100_000);
for (const line of benchEngine(agencies)) console.log(line);
