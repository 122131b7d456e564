// `npm test`: install what is missing (a fresh clone has nothing), then typecheck, lint, format check
// and the test suite, stopping at the first that fails. Arguments go to vitest.
import { installIfStale, npm, step } from "./dependencies.js";

installIfStale();
step(npm, ["run", "--silent", "typecheck"]);
step(npm, ["run", "--silent", "lint"]);
step(npm, ["run", "--silent", "test:unit", "--", ...process.argv.slice(2)]);
