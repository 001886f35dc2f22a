// `scorecard`: the office's and the agencies' command line over the shared engine.
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { scoreAgency } from "../engine/score";
import { cliText, reviewText } from "../messages/zh-CN";
import { reviewFiles } from "../review/review";
import { buildSummary } from "../review/summary";
import { readSubmission } from "../workbook/read";
import { writeScoredCopy } from "../workbook/score-file";
import { SubmissionError } from "../workbook/zip-guard";
import { edition2022 } from "../rules/edition2022";
import { RawInputs, ScoreReport } from "../rules/types";
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
  /** Positional arguments: workbooks or folders. */
  files: string[];
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
    files: [],
    inputs: null,
    output: null,
    json: false,
    store: null,
    storeType: null,
    taskPane: true,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("-") && accepted.includes("FILES")) {
      options.files.push(arg);
      continue;
    }
    if (!arg.startsWith("-")) throw new UsageError(cliText.unexpectedArgument(arg));
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

async function runScore(args: string[], io: Streams): Promise<number> {
  const options = parseOptions(args, ["--inputs", "--json", "-o", "--output", "FILES"]);
  if (options.files.length > 0) return scoreWorkbook(options, io);
  if (options.inputs === null) throw new UsageError(cliText.missingInputs());
  if (options.output !== null) throw new UsageError(cliText.unknownOption("-o"));
  const { inputs, isArray } = readInputFile(options.inputs);
  const reports = inputs.map((raw) => scoreAgency(raw, edition2022));
  printReports(reports, isArray, options.json, io);
  return 0;
}

function printReports(reports: ScoreReport[], asArray: boolean, json: boolean, io: Streams): void {
  if (json) {
    io.out(JSON.stringify(asArray ? reports : reports[0], null, 2));
  } else {
    const separator = "\n\n" + "─".repeat(40) + "\n\n";
    io.out(reports.map((report) => formatReport(report, edition2022)).join(separator));
  }
}

/** `score WORKBOOK.xlsx [-o OUT.xlsx]`: the original is read, never written unless -o names it. */
async function scoreWorkbook(options: Options, io: Streams): Promise<number> {
  if (options.inputs !== null || options.files.length > 1)
    throw new UsageError(cliText.oneSource());
  const file = options.files[0];
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    throw new UsageError(cliText.unreadable(file, (e as NodeJS.ErrnoException).code));
  }
  let submission;
  try {
    submission = readSubmission(data, edition2022);
  } catch (e) {
    if (e instanceof SubmissionError)
      throw new UsageError(cliText.submissionUnreadable(file, e.message));
    throw e;
  }
  const report = scoreAgency(submission.inputs, edition2022);
  if (options.output !== null) {
    const scored = await writeScoredCopy(data, submission, report, edition2022);
    writeOutput(options.output, scored);
  }
  printReports([report], false, options.json, io);
  if (options.output !== null && !options.json) io.out(cliText.written(options.output));
  return 0;
}

function writeOutput(file: string, data: Buffer): void {
  try {
    writeFileAtomic(file, data);
  } catch (e) {
    throw new UsageError(cliText.unwritable(file, (e as NodeJS.ErrnoException).code));
  }
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
  writeOutput(options.output, xlsx);
  io.out(cliText.written(options.output));
  return 0;
}

/** The .xlsx files named, and those inside named folders (not temporary ~$ files). */
function collectFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // A missing path is reported with the other unreadable files.
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const inside = readdirSync(path)
      .filter((name) => name.toLowerCase().endsWith(".xlsx") && !name.startsWith("~$"))
      .sort()
      .map((name) => join(path, name));
    if (inside.length === 0) throw new UsageError(reviewText.noFiles(path));
    files.push(...inside);
  }
  return files;
}

async function runReview(args: string[], io: Streams): Promise<number> {
  const options = parseOptions(args, ["-o", "--output", "--json", "FILES"]);
  if (options.files.length === 0) throw new UsageError(reviewText.missingFiles());
  if (options.output === null && !options.json) throw new UsageError(cliText.missingOutput());
  if (options.output !== null && !options.output.toLowerCase().endsWith(".xlsx")) {
    throw new UsageError(cliText.notXlsx(options.output));
  }
  const files = collectFiles(options.files);

  const started = Date.now();
  const progress = (done: number) => {
    if (options.json || (done % 50 !== 0 && done !== files.length)) return;
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    io.err(reviewText.progress(done, files.length, done / seconds));
  };
  const result = await reviewFiles(files, edition2022, progress);

  if (options.output !== null) writeOutput(options.output, await buildSummary(result, edition2022));
  if (options.json) io.out(JSON.stringify(result, null, 2));
  else {
    for (const { file, reason } of result.unreadable)
      io.err(cliText.submissionUnreadable(file, reason));
    io.out(
      reviewText.finished(result.submissions.length, result.unreadable.length, options.output ?? "")
    );
  }
  return result.unreadable.length > 0 ? 1 : 0;
}

/** Runs one command line; returns the exit status. Never throws for a user's mistake. */
export async function main(argv: string[], io: Streams = defaultStreams): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "score":
        return await runScore(rest, io);
      case "review":
        return await runReview(rest, io);
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
