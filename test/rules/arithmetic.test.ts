import { round9, roundTo, steps } from "../../src/rules/arithmetic";

describe("G1 whole steps", () => {
  test("(0.95 − 0.85) / 0.05 counts two steps, although the float quotient is 1.9999999999999996", () => {
    expect((0.95 - 0.85) / 0.05).toBeLessThan(2);
    expect(steps(0.95 - 0.85, 0.05, "whole")).toBe(2);
  });

  test.each([
    [0.15 - 0.1, 0.05, 1],
    [0.5 - 0.4, 0.1, 1],
    [0.9 - 0.8, 0.05, 2],
    [1 - 95000 / 100000, 0.05, 1],
    [0.049, 0.05, 0],
    [0.0999999, 0.05, 1],
    [0, 0.05, 0],
    [-0.3, 0.05, 0],
  ])("a gap of %p in steps of %p counts %p whole steps", (gap, step, expected) => {
    expect(steps(gap, step, "whole")).toBe(expected);
  });

  test("partial mode counts a started step as a full one", () => {
    expect(steps(0.051, 0.05, "partial")).toBe(2);
    expect(steps(0.95 - 0.85, 0.05, "partial")).toBe(2);
    expect(steps(0, 0.05, "partial")).toBe(0);
  });
});

describe("rounding as Excel's ROUND", () => {
  test("halves round away from zero", () => {
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1.005, 2)).toBe(1.01);
  });

  test("round9 removes the binary noise of a subtraction", () => {
    expect(round9(0.1 + 0.2)).toBe(0.3);
    expect(round9(1 - 0.2)).toBe(0.8);
    expect(round9(0.8000000004)).toBe(0.8);
    expect(round9(0.8000000006)).toBe(0.800000001);
  });
});
