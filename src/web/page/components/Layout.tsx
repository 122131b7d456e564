import { useEffect, useRef, type ReactNode } from "react";
import { Link } from "../router.js";

const NAV = [
  { to: "/", label: "Today" },
  { to: "/debrief", label: "After an interview" },
  { to: "/interviews", label: "Interviews" },
  { to: "/replies", label: "Replies" },
  { to: "/outbox", label: "Outbox" },
  { to: "/settings", label: "Settings" },
];

/** Every page: a skip link, the navigation, and the page's heading, focused when it opens. */
export function Layout({
  path,
  title,
  children,
}: {
  path: string;
  title: string;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Afterword`;
    heading.current?.focus();
  }, [title, path]);
  const current = (to: string) => (to === "/" ? path === "/" : path.startsWith(to));
  return (
    <>
      <a className="skip" href="#main">
        Skip to the page
      </a>
      <header className="top">
        <span className="brand">Afterword</span>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={current(item.to) ? "page" : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">
        <h1 tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {children}
      </main>
    </>
  );
}
