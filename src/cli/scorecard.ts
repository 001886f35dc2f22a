// `scorecard`: the office's and the agencies' command line over the shared engine.
import { readFileSync } from "fs";
import { scoreAgency } from "../engine/score";
import { cliText } from "../messages/zh-CN";
import { edition2022 } from "../rules/edition2022";
import { RawInputs } from "../rules/types";
import { ADDIN_ID, ADDIN_VERSION } from "../addin";
import { attachTaskPane } from "../workbook/taskpane-part";
import { buildTemplate } from "../workbook/template";
import { writeFileAtomic } from "./files";
import { formatReport } from "./human";

/** A problem the user can fix; printed as one line on stderr with exit status 2. */
export class UsageError extends Error {}

interface Streams {
  out: (text: string) => void;
  err: (text: string) => void;
}

interface Options {
  inputs: string | null;
  output: string | null;
  json: boolean;
  store: string | null;
  storeType: string | null;
  taskPane: boolean;
}

const VALUE_OPTIONS: Record<string, keyof Options> = {
  "--inputs": "inputs",
  "-o": "output",
  "--output": "output",
  "--store": "store",
  "--store-type": "storeType",
};

/** Reads the options one command accepts; anything else is a usage error naming it. */
function parseOptions(args: string[], accepted: string[]): Options {
  const options: Options = {
    inputs: null,
    output: null,
    json: false,
    store: null,
    storeType: null,
    taskPane: true,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!accepted.includes(arg)) throw new UsageError(cliText.unknownOption(arg));
    if (arg === "--json") options.json = true;
    else if (arg === "--no-taskpane") options.taskPane = false;
    else {
      const value = args[++i];
      if (value === undefined || value.startsWith("-"))
        throw new UsageError(cliText.missingValue(arg));
      (options[VALUE_OPTIONS[arg]] as string) = value;
    }
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
  const options = parseOptions(args, ["--inputs", "--json"]);
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

async function runTemplate(args: string[], io: Streams): Promise<number> {
  const accepted = ["-o", "--output", "--inputs", "--store", "--store-type", "--no-taskpane"];
  const options = parseOptions(args, accepted);
  if (options.output === null) throw new UsageError(cliText.missingOutput());
  if (!options.output.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(cliText.notXlsx(options.output));
  if ((options.store === null) !== (options.storeType === null))
    throw new UsageError(cliText.storeIncomplete());

  let inputs: RawInputs | undefined;
  if (options.inputs !== null) {
    const read = readInputFile(options.inputs);
    if (read.isArray) throw new UsageError(cliText.oneAgencyOnly(options.inputs));
    inputs = read.inputs[0];
  }

  let xlsx: Buffer;
  try {
    xlsx = await buildTemplate({ inputs, catalog: edition2022 });
  } catch (e) {
    // The builder refuses values no cell can hold (objects, arrays) with a message to show.
    throw new UsageError(cliText.badInputValue((e as Error).message));
  }
  if (options.taskPane) {
    const store = options.store ?? "EXCatalog";
    const storeType = options.storeType ?? "EXCatalog";
    xlsx = await attachTaskPane(xlsx, {
      addinId: ADDIN_ID,
      version: ADDIN_VERSION,
      store,
      storeType,
    });
  }
  try {
    writeFileAtomic(options.output, xlsx);
  } catch (e) {
    throw new UsageError(cliText.unwritable(options.output, (e as NodeJS.ErrnoException).code));
  }
  io.out(cliText.written(options.output));
  return 0;
}

/** Runs one command line; returns the exit status. Never throws for a user's mistake. */
export async function main(argv: string[], io: Streams = defaultStreams): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "score":
        return runScore(rest, io);
      case "template":
        return await runTemplate(rest, io);
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
  main(process.argv.slice(2)).then((status) => (process.exitCode = status));
}
