// `scorecard`: the office's and the agencies' command line over the shared engine.
import { readFileSync } from "fs";
import { scoreAgency } from "../engine/score";
import { cliText } from "../messages/zh-CN";
import { edition2022 } from "../rules/edition2022";
import { RawInputs } from "../rules/types";
import { formatReport } from "./human";

/** A problem the user can fix; printed as one line on stderr with exit status 2. */
export class UsageError extends Error {}

interface Streams {
  out: (text: string) => void;
  err: (text: string) => void;
}

interface ScoreOptions {
  inputs: string | null;
  json: boolean;
}

function parseScoreArgs(args: string[]): ScoreOptions {
  const options: ScoreOptions = { inputs: null, json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--inputs") {
      const value = args[++i];
      if (value === undefined || value.startsWith("--"))
        throw new UsageError(cliText.missingValue(arg));
      options.inputs = value;
    } else throw new UsageError(cliText.unknownOption(arg));
  }
  return options;
}

function isInputObject(value: unknown): value is RawInputs {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads one input object or an array of them; says exactly what is wrong otherwise. */
export function readInputFile(file: string): { inputs: RawInputs[]; isArray: boolean } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(cliText.unreadable(file, (e as NodeJS.ErrnoException).code));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UsageError(cliText.badJson(file, (e as Error).message));
  }
  if (Array.isArray(parsed)) {
    const bad = parsed.findIndex((item) => !isInputObject(item));
    if (bad >= 0) throw new UsageError(cliText.badItem(file, bad));
    return { inputs: parsed as RawInputs[], isArray: true };
  }
  if (!isInputObject(parsed)) throw new UsageError(cliText.badShape(file));
  return { inputs: [parsed], isArray: false };
}

function runScore(args: string[], io: Streams): number {
  const options = parseScoreArgs(args);
  if (options.inputs === null) throw new UsageError(cliText.missingInputs());
  const { inputs, isArray } = readInputFile(options.inputs);
  const reports = inputs.map((raw) => scoreAgency(raw, edition2022));

  if (options.json) {
    io.out(JSON.stringify(isArray ? reports : reports[0], null, 2));
  } else {
    io.out(
      reports
        .map((report) => formatReport(report, edition2022))
        .join("\n\n" + "─".repeat(40) + "\n\n")
    );
  }
  return 0;
}

/** Runs one command line; returns the exit status. Never throws for a user's mistake. */
export function main(argv: string[], io: Streams = defaultStreams): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "score":
        return runScore(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(cliText.usage);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(cliText.unknownCommand(command));
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return 2;
  }
}

const defaultStreams: Streams = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(`scorecard: ${text}\n`),
};

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
