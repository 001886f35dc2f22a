// Data validation for an input cell that lacks it (a retyped or repaired form): the same rules,
// prompts and messages the template gives its input cells, in Office.js terms.
import { sheetText } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { validChecks } from "../rules/formula";
import { InputDef } from "../rules/types";

export interface InputValidation {
  rule: Excel.DataValidationRule;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
}

/** The rule for an input's kind; free text has none. */
function ruleFor(def: InputDef, cell: string, catalog: Catalog): Excel.DataValidationRule | null {
  switch (def.kind) {
    case "count":
      return { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    case "amount":
      return { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    case "rate":
    case "points": {
      // The score formulas' own checks, pointed at this cell instead of the input's name.
      const name = new RegExp(`\\b${def.key}\\b`, "g");
      const checks = validChecks(def).map((check) => check.replace(name, cell));
      return { custom: { formula: `=AND(${checks.join(",")})` } };
    }
    case "yesno":
      return { list: { inCellDropDown: true, source: "是,否" } };
    case "choice":
      return {
        list: { inCellDropDown: true, source: catalog.agencyTypes.map((t) => t.label).join(",") },
      };
    case "text":
      return null;
  }
}

/** `cell` is the input cell's address on its own sheet, e.g. "D6". */
export function validationFor(
  def: InputDef,
  cell: string,
  catalog: Catalog
): InputValidation | null {
  const rule = ruleFor(def, cell, catalog);
  if (!rule) return null;
  const hint = sheetText.hint[def.kind];
  return {
    rule,
    prompt: { showPrompt: true, title: sheetText.fillPrompt, message: hint },
    errorAlert: {
      showAlert: true,
      style: "Stop",
      title: sheetText.validationTitle(def.label),
      message: sheetText.validationError(def.label, hint),
    },
  };
}
