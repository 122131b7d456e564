#!/usr/bin/env node
// Runs the bundled CLI, rebuilding it first when the sources have changed since the last build.
import { buildCli, isStale } from "../scripts/build.js";

if (isStale()) await buildCli();
await import("../dist/cli.js");
