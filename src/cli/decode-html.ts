// Bytes → text for saved pages. Order: BOM, then <meta> charset, then UTF-8. Some real pages
// declare gb2312 but are UTF-8 (qq.com, hexun): when the bytes are valid UTF-8 with multibyte
// sequences, UTF-8 wins over a GB-family declaration.

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the declared charset was overruled by the bytes. */
  note?: string;
}

const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'chinese', 'csgb2312', 'cp936', 'windows-936']);

export function declaredCharset(head: string): string | undefined {
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return direct?.[1]?.toLowerCase();
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const hasHighBytes = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80);

export function decodeHtml(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = declaredCharset(head);
  if (declared && GB_FAMILY.has(declared)) {
    if (hasHighBytes(bytes) && isValidUtf8(bytes)) {
      return {
        text: new TextDecoder('utf-8').decode(bytes),
        encoding: 'utf-8',
        note: `declares ${declared} but the bytes are UTF-8`,
      };
    }
    // gb18030 is a superset of gbk and gb2312: decode with it for all three.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // Unknown label: fall through to UTF-8.
    }
  }
  if ((declared === 'utf-8' || declared === 'utf8') && hasHighBytes(bytes) && !isValidUtf8(bytes)) {
    // The mirror case: a GBK page whose template declares UTF-8. A stray bad byte in a UTF-8
    // page is common and must not turn the whole page into mojibake, so ask for many.
    const asUtf8 = new TextDecoder('utf-8').decode(bytes);
    const replaced = asUtf8.match(/\ufffd/g)?.length ?? 0;
    if (replaced < 16) return { text: asUtf8, encoding: 'utf-8' };
    try {
      return {
        text: new TextDecoder('gb18030', { fatal: true }).decode(bytes),
        encoding: 'gb18030',
        note: `declares ${declared} but the bytes are GBK`,
      };
    } catch {
      // Neither: keep UTF-8 with replacement characters.
    }
  }
  if (!declared && hasHighBytes(bytes) && !isValidUtf8(bytes)) {
    // No declaration and not UTF-8: Chinese pages of that kind are almost always GBK.
    return {
      text: new TextDecoder('gb18030').decode(bytes),
      encoding: 'gb18030',
      note: 'no charset declared; not UTF-8, read as GBK',
    };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}

/**
 * A cheap sniff so that `mingbai scan` refuses a PNG, a PDF or a zip with a clear message.
 * Binary data decodes to NULs and control characters; HTML starts with markup soon enough.
 */
export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return false;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point: binary files have many
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001a\u001c-\u001f]/g)?.length ?? 0;
  if (controls > sample.length * 0.05) return false;
  const start = text.slice(0, 2048).trimStart().toLowerCase();
  return (
    /<(?:!doctype\s+html|html|head|body|meta|div|p|title|span|section|form|table|a|h[1-6]|!--)[\s>]/.test(start) ||
    /<\/?[a-z][^>]*>/.test(text.slice(0, 65536))
  );
}
