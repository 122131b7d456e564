/**
 * Engines compiled from Rust count characters as Unicode code points; JavaScript strings count
 * UTF-16 units. This maps the first to the second (the identity when the text has no emoji or
 * other characters outside the Basic Multilingual Plane).
 */
export function utf16Offsets(text: string): (codePointIndex: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (index) => index;
  const map: number[] = [];
  let unit = 0;
  for (const char of text) {
    map.push(unit);
    unit += char.length;
  }
  map.push(unit);
  return (index) => map[Math.min(index, map.length - 1)]!;
}
