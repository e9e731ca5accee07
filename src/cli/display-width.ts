// Terminal column arithmetic for Chinese text: East Asian wide and fullwidth characters take two
// columns, combining marks and zero-width characters none. String.length would misalign every
// table that mixes 中文 with ASCII.

const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, Kangxi, CJK symbols and punctuation (。、「」)
  [0x3041, 0x33ff], // Hiragana … CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small forms
  [0xff00, 0xff60], // fullwidth forms (，：（）)
  [0xffe0, 0xffe6], // fullwidth signs (￥)
  [0x1f300, 0x1f64f], // emoji
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x3fffd], // CJK extensions B …
];

function isWide(code: number): boolean {
  for (const [from, to] of WIDE_RANGES) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) || // combining diacritics
    (code >= 0x200b && code <= 0x200f) || // zero-width space, joiners, direction marks
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    code === 0xfeff
  );
}

/** Columns one character (code point) takes in a terminal. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (isZeroWidth(code)) return 0;
  return isWide(code) ? 2 : 1;
}

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Pads with spaces on the right up to `width` columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Cuts to at most `width` columns, ending with "…" when something was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/**
 * Splits text into lines of at most `width` columns. Chinese may break between any two
 * characters; a run of Latin letters or digits is kept whole when it fits on a line.
 */
export function wrapToWidth(text: string, width: number): string[] {
  if (width < 4) return [text];
  const lines: string[] = [];
  const tokens = text.match(/[A-Za-z0-9.,:;%/'"()+-]+\s*|\s+|./gsu) ?? [];
  let line = '';
  let used = 0;
  const push = () => {
    lines.push(line.trimEnd());
    line = '';
    used = 0;
  };
  for (const token of tokens) {
    const w = displayWidth(token);
    if (used + displayWidth(token.trimEnd()) <= width) {
      line += token;
      used += w;
      continue;
    }
    if (used > 0) push();
    if (w <= width) {
      line = token.trimStart();
      used = displayWidth(line);
      continue;
    }
    for (const char of token) {
      const cw = charWidth(char);
      if (used + cw > width) push();
      line += char;
      used += cw;
    }
  }
  if (line.trim() || !lines.length) push();
  return lines;
}
