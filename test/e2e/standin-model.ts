// The template's model as data the page can receive: the same sheets, cells and names, with
// the Maps turned into lists of entries for JSON.
import type { CellModel, NameModel, SheetModel, WorkbookModel } from "../office/template-model";

export interface ShippedSheet extends Omit<SheetModel, "cells"> {
  cells: [string, CellModel][];
}

export interface ShippedModel {
  sheets: ShippedSheet[];
  names: [string, NameModel][];
}

export function shipModel(model: WorkbookModel): ShippedModel {
  return {
    sheets: model.sheets.map((sheet) => ({ ...sheet, cells: [...sheet.cells] })),
    names: [...model.names],
  };
}

export function unshipModel(shipped: ShippedModel): WorkbookModel {
  return {
    sheets: shipped.sheets.map((sheet) => ({ ...sheet, cells: new Map(sheet.cells) })),
    names: new Map(shipped.names),
  };
}
