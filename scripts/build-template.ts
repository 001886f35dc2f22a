// Builds the blank template the add-in ships (assets/template-2022.xlsx), from the catalog, with
// the task pane attached for centralised deployment. Run by `npm run build`.
import { join } from "path";
import { main } from "../src/cli/scorecard";

const output = join(__dirname, "..", "assets", "template-2022.xlsx");
main(["template", "-o", output]).then((status) => (process.exitCode = status));
