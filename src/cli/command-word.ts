/** Global options that take a value: the word after them is not the command. */
const VALUED = new Set(["--home", "--now", "--database"]);

/** The command a command line asks for: its first word that is not a global option. */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (VALUED.has(word)) i++;
    else if (!word.startsWith("-")) return word;
  }
  return undefined;
}
