#!/usr/bin/env node
// Entry point of the package's `scorecard` command; the code is compiled from src/cli by `npm run build:cli`.
process.exitCode = require("../dist/cli/scorecard.js").main(process.argv.slice(2));
