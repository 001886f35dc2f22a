// Comparing formulas as formulas rather than as text: a file saved again by another program
// spells the same formula differently.

/**
 * A formula in a canonical spelling: no "=", no `_xlfn.`/`_xlws.` prefixes, no spaces and upper
 * case outside string literals, numbers written the shortest way (0.50, .5 and 5E-1 all as 0.5),
 * TRUE() as TRUE.
 * Excel, WPS and LibreOffice rewrite exactly these when they save a file again.
 */
export function canonicalFormula(formula: string): string {
  const text = formula.trim().replace(/^=/, "");
  let result = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      // A string literal, kept as it is; "" inside stands for one quote.
      let j = i + 1;
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"'))
        j += text[j] === '"' ? 2 : 1;
      result += text.slice(i, j + 1);
      i = j + 1;
    } else if (
      /^(TRUE|FALSE)\(\)/i.test(text.slice(i, i + 7)) &&
      !/[A-Za-z_\d.]/.test(text[i - 1] ?? "")
    ) {
      // LibreOffice writes the constants TRUE and FALSE as the functions TRUE() and FALSE().
      const constant = /^(TRUE|FALSE)/i.exec(text.slice(i))?.[1] as string;
      result += constant.toUpperCase();
      i += constant.length + 2;
    } else if (/\s/.test(c)) {
      i++;
    } else if (/[\d.]/.test(c) && !/[A-Za-z_\d.]/.test(text[i - 1] ?? "")) {
      const match = /^(\d*\.?\d+(?:[eE][+-]?\d+)?|\d+\.)/.exec(text.slice(i)) as RegExpExecArray;
      result += String(Number(match[0]));
      i += match[0].length;
    } else {
      result += c.toUpperCase();
      i++;
    }
  }
  return result.replace(/_XLFN\.|_XLWS\./g, "");
}
