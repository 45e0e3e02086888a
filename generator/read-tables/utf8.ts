// Decodes a file as UTF-8, or says where it stops being UTF-8: the line and byte column of the first bad byte.

export type Utf8Text =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      /** 1-based line and byte column of the first byte that is not valid UTF-8. */
      readonly line: number;
      readonly column: number;
      readonly byte: number;
    };

// ignoreBOM keeps a BOM in the text, so validation can report it instead of it vanishing here.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The offset of the first byte that starts no valid UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    // Continuation bytes after the lead, and the range the first of them must be in:
    // overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    const [count, low, high] =
      lead >= 0xc2 && lead <= 0xdf
        ? [1, 0x80, 0xbf]
        : lead === 0xe0
          ? [2, 0xa0, 0xbf]
          : lead === 0xed
            ? [2, 0x80, 0x9f]
            : lead >= 0xe1 && lead <= 0xef
              ? [2, 0x80, 0xbf]
              : lead === 0xf0
                ? [3, 0x90, 0xbf]
                : lead === 0xf4
                  ? [3, 0x80, 0x8f]
                  : lead >= 0xf1 && lead <= 0xf3
                    ? [3, 0x80, 0xbf]
                    : [0, 0, 0];
    if (count === 0) return index;
    for (let offset = 1; offset <= count; offset += 1) {
      const byte = bytes[index + offset];
      const [min, max] = offset === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += count + 1;
  }
  return -1;
}

export function decodeUtf8(bytes: Uint8Array): Utf8Text {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const at = offset < 0 ? bytes.length : offset;
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < at; index += 1) {
      if (bytes[index] === 0x0a) {
        line += 1;
        lineStart = index + 1;
      }
    }
    return { ok: false, line, column: at - lineStart + 1, byte: bytes[at] ?? 0 };
  }
}

/** How a problem says where the bad byte is. */
export const describeInvalidUtf8 = (bad: { column: number; byte: number }): string =>
  `byte 0x${bad.byte.toString(16).padStart(2, '0')} at byte column ${bad.column} is not valid UTF-8; save the file as UTF-8`;
