// Headless LibreOffice Calc as the independent spreadsheet engine of the tests and scripts:
// recalculates every formula on load and exports each sheet as CSV or the file as PDF.
import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export const INSTALL_HINT = "apt-get install -y --no-install-recommends libreoffice-calc";

export function sofficePath(): string | null {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : null;
}

/**
 * A throwaway LibreOffice profile set to recalculate OOXML files on load; without it LibreOffice
 * shows the values cached in the file instead of computing the formulas.
 */
function makeProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  const item = (name: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${item("OOXMLRecalcMode")}\n${item("ODFRecalcMode")}\n</oor:items>\n`
  );
  return profile;
}

// CSV filter: comma, double quote, UTF-8, from line 1, raw values (not as shown), every sheet.
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** One soffice call stopped after ~250 of ~400 files without an error: convert in batches. */
const BATCH = 100;

export function convert(files: string[], outDir: string, filter: "csv" | "pdf" | "xlsx"): void {
  const soffice = sofficePath();
  if (!soffice) throw new Error(`LibreOffice is not installed: ${INSTALL_HINT}`);
  const profile = makeProfile();
  const target =
    filter === "csv"
      ? CSV_FILTER
      : filter === "pdf"
        ? "pdf:calc_pdf_Export"
        : "xlsx:Calc MS Excel 2007 XML";
  for (let i = 0; i < files.length; i += BATCH) {
    const args = [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore"];
    args.push("--convert-to", target, "--outdir", outDir, ...files.slice(i, i + BATCH));
    execFileSync(soffice, args, { stdio: "pipe", timeout: 15 * 60 * 1000 });
  }
}

/** Parses CSV text as LibreOffice writes it: quoted fields may hold commas, quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A cell of LibreOffice's CSV as a number ("82%" → 0.82), text, or "" for empty. */
export function csvValue(text: string): number | string {
  if (text === "") return "";
  const percent = /^-?[\d.]+(E[+-]?\d+)?%$/i.test(text);
  const number = Number(percent ? text.slice(0, -1) : text);
  if (Number.isFinite(number) && /^-?[\d.]/.test(text)) return percent ? number / 100 : number;
  return text;
}
