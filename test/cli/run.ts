// Running the command line inside the test process, with its output captured.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/scorecard";

export interface RunResult {
  status: number;
  out: string;
  err: string[];
}

export async function run(args: string[]): Promise<RunResult> {
  let out = "";
  const err: string[] = [];
  const status = await main(args, { out: (t) => (out += t), err: (t) => err.push(t) });
  return { status, out, err };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "scorecard-"));
}

export function tempFile(name: string, content: string): string {
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}
