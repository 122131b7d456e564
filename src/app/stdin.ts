/** The file name that means standard input, as Unix tools take it. */
export const STDIN = "-";
