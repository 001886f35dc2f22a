// Generated submissions, each as an agency might send it back: honest, typed over, edited,
// stale, retyped without names, from another year, or not a workbook at all.
import ExcelJS from "exceljs";
import { randomBytes } from "crypto";
import JSZip from "jszip";
import { RawInputs } from "../../src/rules/types";
import { FORM_SHEET, INPUT_SHEET, formLayout } from "../../src/workbook/layout";
import { buildTemplate } from "../../src/workbook/template";
import { edition2022 } from "../../src/rules/edition2022";

export const layout = formLayout(edition2022);
export const scoreCell = (no: number) => `K${layout.indicatorRow.get(no)}`;
export const inputCell = (key: string) => `D${layout.inputRow.get(key)}`;

/** Loads a template filled with `inputs`, lets `edit` change it, and saves it again. */
export async function edited(
  inputs: RawInputs,
  edit: (form: ExcelJS.Worksheet, inputSheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildTemplate({ inputs })) as unknown as ArrayBuffer);
  edit(
    workbook.getWorksheet(FORM_SHEET) as ExcelJS.Worksheet,
    workbook.getWorksheet(INPUT_SHEET) as ExcelJS.Worksheet,
    workbook
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A zip whose one sheet expands a thousandfold: refused before it is inflated. */
export async function zipBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/worksheets/sheet1.xml", "0".repeat(30 * 2 ** 20));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A sheet of 21 MB that compresses only twofold: too big for a form, but no zip bomb. */
export async function hugeSheet(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/worksheets/sheet1.xml", randomBytes(21 * 2 ** 19).toString("hex"));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A real workbook that is not the form. */
export async function notTheForm(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1").getCell("A1").value = "工资表";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What Excel saves for a workbook with an open password: an OLE container. */
export function encrypted(): Buffer {
  const data = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(data);
  return data;
}
