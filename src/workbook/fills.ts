// Cell fills shared by the workbooks this project writes: the template and the review summary.
import ExcelJS from "exceljs";

export function solidFill(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/** Header rows, as on the template's form. */
export const HEADER_FILL = solidFill("FFD9E1F2");
