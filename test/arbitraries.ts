// Generated agencies for property tests and the spreadsheet cross-check: mostly plausible
// figures, with float edges, blanks and bad values mixed in.
import fc from "fast-check";
import { edition2022 } from "../src/rules/edition2022";
import { InputDef, RawInputs } from "../src/rules/types";

const edgeRates = [0, 0.05, 0.1, 0.15, 0.2, 0.4, 0.5, 0.8, 0.85, 0.9, 0.95, 1];

/** A plausible value for one input, near the edges where rules change their answer. */
function plausible(def: InputDef): fc.Arbitrary<unknown> {
  switch (def.kind) {
    case "count":
      return fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 20000 }));
    case "amount":
      // Money in yuan with fen: a person types at most two decimals.
      return fc.oneof(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 200_000_000 }).map((fen) => fen / 100)
      );
    case "rate":
      return fc.oneof(
        fc.constantFrom(...edgeRates.filter((r) => r > 0)),
        fc.double({ min: 0.01, max: 1, noNaN: true })
      );
    case "points":
      return fc.integer({ min: 0, max: 20 }).map((halves) => halves / 2);
    case "yesno":
      return fc.constantFrom(true, false, "是", "否");
    case "choice":
      return fc.constantFrom(
        "district",
        "bureau",
        "industry",
        "区（开发区）",
        "局总公司",
        "产业工会"
      );
    case "text":
      return fc.constantFrom("朝阳区代办处", "说明：一起差错已整改", "");
  }
}

/** A value that is wrong in one of the ways people get it wrong. */
const badValue: fc.Arbitrary<unknown> = fc.constantFrom(
  "八十",
  "85%%",
  "120",
  "1,200",
  -3,
  2.5,
  85,
  "有",
  "街道"
);

export function inputValue(def: InputDef, badness = 0.1, blankness = 0.05): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: Math.round((1 - badness - blankness) * 100), arbitrary: plausible(def) },
    { weight: Math.round(badness * 100), arbitrary: badValue },
    { weight: Math.round(blankness * 100), arbitrary: fc.constant(undefined) }
  );
}

/** Whole input objects, one value per key of the catalog. */
export function agencyInputs(badness = 0.1, blankness = 0.05): fc.Arbitrary<RawInputs> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const def of edition2022.inputs) record[def.key] = inputValue(def, badness, blankness);
  return fc.record(record).map((raw) => {
    const clean: RawInputs = {};
    for (const [key, value] of Object.entries(raw)) if (value !== undefined) clean[key] = value;
    return clean;
  });
}

/** Input objects where any key may hold any JSON value at all. */
export const anyJsonInputs: fc.Arbitrary<RawInputs> = fc.dictionary(
  fc.constantFrom(...edition2022.inputs.map((d) => d.key)),
  fc.jsonValue()
);
