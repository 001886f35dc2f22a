// Lint rules: the office-addins plugin's recommended set (TypeScript, Office.js pitfalls,
// prettier with office-addin-prettier-config).
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");

module.exports = [
  { ignores: ["dist/**", "dist-addin/**", "node_modules/**", "coverage/**", "out/**"] },
  ...officeAddins.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022 },
  },
  {
    // The plugin's recommended set names its parser through a default import that resolves to
    // nothing with typescript-eslint 8, leaving espree; name the parser here instead.
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser },
    // TypeScript itself reports undefined names, with the types that eslint cannot see.
    rules: { "no-undef": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "writable",
        __dirname: "readonly",
      },
    },
  },
  {
    // The Office.js rules know Excel.run batches; exceljs (template, files, tests) reads cells
    // directly, which those rules mistake for unsynced proxy objects. Only src/office talks to
    // Office.js, so the rules stay on there.
    files: ["**/*.{ts,tsx,js}"],
    ignores: ["src/office/**", "src/taskpane/**"],
    rules: Object.fromEntries(
      Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "off"])
    ),
  },
];
