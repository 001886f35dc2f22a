// Writing output files so that a failure never leaves half a file behind.
import { renameSync, unlinkSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";

/** Writes to a temporary file beside the target, then renames it over the target. */
export function writeFileAtomic(path: string, data: Buffer | string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (e) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written, or it is gone already.
    }
    throw e;
  }
}
