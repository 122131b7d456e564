import { useEffect, useState, type ReactElement } from "react";
import { signIn } from "./api.js";
import { Layout } from "./components/Layout.js";
import { Debrief } from "./pages/Debrief.js";
import { DraftEditor } from "./pages/DraftEditor.js";
import { Interview } from "./pages/Interview.js";
import { Interviews } from "./pages/Interviews.js";
import { Outbox } from "./pages/Outbox.js";
import { Replies } from "./pages/Replies.js";
import { Settings } from "./pages/Settings.js";
import { Today } from "./pages/Today.js";
import { usePath } from "./router.js";

/** Signs in with the address's token, then shows the page the address names. */
export function App() {
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  useEffect(() => {
    signIn().then(setSignedIn, () => setSignedIn(false));
  }, []);
  const path = usePath();
  if (signedIn === null) return <p role="status">Opening Afterword…</p>;
  if (!signedIn) {
    return (
      <main id="main" className="signed-out">
        <h1>Open Afterword from its address</h1>
        <p>
          For your privacy this page only opens from the address <code>afterword serve</code> (or{" "}
          <code>npm start</code>) printed in the terminal. That address works once: if you already
          used it, stop Afterword with Ctrl+C and start it again.
        </p>
      </main>
    );
  }
  return <Routed path={path} />;
}

function Routed({ path }: { path: string }) {
  const [title, setTitle] = useState("");
  const id = (pattern: RegExp) => Number(pattern.exec(path)?.[1]);
  let page: { title: string; body: ReactElement };
  if (/^\/debrief\/\d+$/.test(path)) {
    page = { title: "Complete your notes", body: <Debrief id={id(/(\d+)$/)} /> };
  } else if (path === "/debrief") {
    page = { title: "After the interview", body: <Debrief id={null} /> };
  } else if (/^\/interviews\/\d+$/.test(path)) {
    page = {
      title: title || "Interview",
      body: <Interview id={id(/(\d+)$/)} onTitle={setTitle} />,
    };
  } else if (path === "/interviews") {
    page = { title: "Interviews", body: <Interviews /> };
  } else if (/^\/drafts\/\d+$/.test(path)) {
    page = { title: title || "Draft", body: <DraftEditor id={id(/(\d+)$/)} onTitle={setTitle} /> };
  } else if (path === "/outbox") {
    page = { title: "Outbox", body: <Outbox /> };
  } else if (path === "/replies") {
    page = { title: "Replies", body: <Replies /> };
  } else if (path === "/settings") {
    page = { title: "Settings", body: <Settings /> };
  } else {
    page = { title: "Today", body: <Today /> };
  }
  return (
    <Layout path={path} title={page.title}>
      {page.body}
    </Layout>
  );
}
