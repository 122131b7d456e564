import { useCallback, useEffect, useState } from "react";
import { api, problemText } from "../api.js";
import { Problem } from "./Problem.js";

interface SignInView {
  oauth: { provider: "microsoft" | "google" | "custom" } | null;
  attempt:
    | { state: "waiting"; address: string }
    | { state: "signed-in"; signedIn: { account: string } }
    | { state: "failed"; problem: { message: string } }
    | null;
  status: {
    signedIn: boolean;
    where: "keyring" | "encrypted-file";
    expiresAt: string | null;
  } | null;
}

const PROVIDER: Record<string, string> = {
  microsoft: "Microsoft",
  google: "Google",
  custom: "your provider",
};

/**
 * The OAuth sign-in of an account that has one: the provider's page opens in a new tab and comes
 * back to Afterword on this machine; the page only ever learns whether it worked.
 */
export function MailSignIn() {
  const [view, setView] = useState<SignInView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(
    () =>
      api<SignInView>("GET", "/api/mail/signin").then(setView, (error) =>
        setProblem(problemText(error)),
      ),
    [],
  );
  useEffect(() => void load(), [load]);
  const waiting = view?.attempt?.state === "waiting";
  // While the browser is at the provider, ask now and then how it went.
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void load(), 1500);
    return () => clearInterval(timer);
  }, [waiting, load]);

  async function start() {
    setProblem(null);
    try {
      const attempt = await api<SignInView["attempt"]>("POST", "/api/mail/signin", {});
      if (attempt?.state === "waiting") window.open(attempt.address, "_blank", "noopener");
      await load();
    } catch (error) {
      setProblem(problemText(error));
    }
  }

  if (!view?.oauth) return <Problem text={problem} />;
  const provider = PROVIDER[view.oauth.provider] ?? view.oauth.provider;
  const attempt = view.attempt;
  return (
    <div className="mail-signin">
      <Problem text={problem} />
      <p role="status">
        {view.status?.signedIn
          ? `Signed in with ${provider}; the sign-in is kept ${view.status.where === "keyring" ? "in your system's keyring" : "encrypted in Afterword's data folder"}.`
          : `Not signed in with ${provider} yet.`}
      </p>
      {attempt?.state === "waiting" && (
        <p>
          Finish signing in on {provider}'s page. If no tab opened,{" "}
          <a href={attempt.address} target="_blank" rel="noopener noreferrer">
            open the sign-in page
          </a>
          .
        </p>
      )}
      {attempt?.state === "failed" && <p className="callout">{attempt.problem.message}</p>}
      <button type="button" className="secondary" disabled={waiting} onClick={() => void start()}>
        {waiting
          ? "Waiting for the sign-in…"
          : view.status?.signedIn
            ? `Sign in with ${provider} again`
            : `Sign in with ${provider}`}
      </button>
    </div>
  );
}
