// A tiny GBK encoder for tests, without iconv: the reverse of Node's own GBK decoder over the
// two-byte range (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F).
let reverse: Map<string, [number, number]> | undefined;

function table(): Map<string, [number, number]> {
  if (reverse) return reverse;
  reverse = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !reverse.has(char)) reverse.set(char, [lead, trail]);
    }
  }
  return reverse;
}

export function encodeGbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = table().get(char);
    if (!pair) throw new Error(`not encodable in GBK: ${char}`);
    out.push(...pair);
  }
  return new Uint8Array(out);
}
