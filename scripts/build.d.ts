/** The build steps, for the tests and the bench that need the built page. */
export const bundle: string;
export const pageDir: string;
export function buildCli(): Promise<void>;
export function buildPage(): Promise<void>;
export function isStale(): boolean;
export function isPageStale(): boolean;
