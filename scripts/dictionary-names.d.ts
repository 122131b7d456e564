/** The words dictionary-en knows only with a capital, for the test that keeps the data current. */
export function dictionaryNames(): string[];
