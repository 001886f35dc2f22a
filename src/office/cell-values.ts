// How one input cell, as Office.js reports it, becomes the engine's raw value: what the person
// typed, with nothing guessed. The engine then flags whatever is not what the input needs.

/**
 * `value` and `valueType` are one cell's entries of `range.values` and `range.valueTypes`.
 * - Empty is blank: undefined, as a missing key in the JSON input.
 * - A number is a number; dates and times are numbers in Excel too, and so they stay.
 * - Text stays text, even "120": a number stored as text is an error the engine explains, and
 *   the sheet's ISNUMBER checks treat it the same way, so pane and sheet agree.
 * - An error value (#N/A, #REF! …) is passed on as its text, so the flag can quote it.
 */
export function rawFromCell(value: unknown, valueType: string): unknown {
  switch (valueType) {
    case "Empty":
      return undefined;
    case "Double":
    case "Integer":
      return typeof value === "number" ? value : Number(value);
    case "Boolean":
      return value === true || value === "TRUE";
    case "String":
    case "Error":
      return String(value);
    default:
      // Rich values (linked data types, images in cells) have no meaning as an input; their
      // plain value is passed on when there is one, so the engine can say what is wrong.
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? value
        : undefined;
  }
}
