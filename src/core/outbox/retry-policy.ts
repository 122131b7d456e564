/** How long to wait before the next try after a temporary failure, and when to give up. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
}

/** About two and a half hours of trying: long enough for a server's bad hour, short of a deadline. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 10,
  firstDelaySeconds: 30,
  maxDelaySeconds: 30 * 60,
};

/** Seconds to wait after the `attempts`-th try failed, or null when no try is left. */
export function retryDelay(attempts: number, policy: RetryPolicy): number | null {
  if (attempts >= policy.maxAttempts) return null;
  return Math.min(
    policy.firstDelaySeconds * 2 ** Math.max(0, attempts - 1),
    policy.maxDelaySeconds,
  );
}
