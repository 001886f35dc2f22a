#!/usr/bin/env node
// Entry point of the package's `scorecard` command; the code is compiled from src/cli by `npm run build:cli`.
require("../dist/cli/scorecard.js")
  .main(process.argv.slice(2))
  .then((status) => (process.exitCode = status));
