import type { Command } from "commander";
import { addWords, listWords, removeWords } from "../../app/dictionary.js";
import { ExitCode } from "../exit-code.js";
import type { Runtime } from "../runtime.js";

export function registerWords(program: Command, rt: Runtime): void {
  const words = program
    .command("words")
    .description("your personal dictionary: words the proofreader never flags")
    .action(async () => {
      const list = await listWords(await rt.context());
      if (rt.json) rt.printJson(list);
      else
        rt.print(
          list.length > 0
            ? list.join("\n")
            : "Your dictionary is empty. Add words with `afterword words add WORD…`.",
        );
    });

  words
    .command("add")
    .description("add words to your dictionary")
    .argument("<words...>", "the words, e.g. Kubernetes Dagster")
    .action(async (given: string[]) => {
      const result = await addWords(await rt.context(), given);
      if (!result.ok) {
        rt.exitCode = ExitCode.refused;
        if (rt.json) rt.printJson({ added: [], errors: result.errors });
        for (const problem of result.errors) rt.error(problem.message);
        return;
      }
      if (rt.json) rt.printJson({ added: result.value });
      else
        rt.print(
          result.value.length > 0 ? `Added: ${result.value.join(", ")}` : "Nothing new to add.",
        );
    });

  words
    .command("remove")
    .description("remove words from your dictionary")
    .argument("<words...>", "the words")
    .action(async (given: string[]) => {
      const removed = await removeWords(await rt.context(), given);
      if (rt.json) rt.printJson({ removed });
      else
        rt.print(
          removed.length > 0 ? `Removed: ${removed.join(", ")}` : "None of those words were there.",
        );
    });
}
