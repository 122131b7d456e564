/**
 * Plain text from the HTML some calendars put in a description. Nothing it refers to (images,
 * styles, links) is loaded: tags are dropped, a link keeps its address in brackets.
 */
export function looksLikeHtml(text: string): boolean {
  return (
    /<(br|p|div|b|i|u|a|span|ul|ol|li|html|body|table)\b[^>]*>/i.test(text) ||
    /&(nbsp|lt|gt|amp|quot);/i.test(text)
  );
}

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(
      /<a\b[^>]*?href\s*=\s*["']?([^"'\s>]+)["']?[^>]*>([\s\S]*?)<\/a\s*>/gi,
      (_, href: string, inner: string) => {
        const label = stripTags(inner).trim();
        return label === "" || label === href ? href : `${label} (${href})`;
      },
    )
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n- ")
    .replace(/<\/(p|div|tr|h[1-6]|table|ul|ol)\s*>/gi, "\n")
    .replace(/<(p|div|tr|h[1-6])\b[^>]*>/gi, "\n");
  return tidy(decodeEntities(stripTags(text)));
}

function stripTags(text: string): string {
  return text.replace(/<\/?[A-Za-z!][^>]*>/g, "");
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Trims each line, drops separator lines (Google's "-::~:~::-", "_____") and runs of blank lines. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((line) => !/^[-_=~:*.]{8,}$/.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
