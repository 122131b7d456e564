import type { Command } from "commander";
import { addWords, listWords, removeWords } from "../../app/drafts/dictionary.js";
import { EXIT_CODE_OF } from "../exit-code.js";
import type { Runtime } from "../runtime.js";
import { withHint } from "../hints.js";

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
        rt.exitCode = EXIT_CODE_OF["not-a-word"];
        const errors = result.errors.map((problem) => ({ ...problem, message: withHint(problem) }));
        if (rt.json) rt.printJson({ added: [], errors });
        for (const problem of errors) rt.error(problem.message);
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
