// Decodes a file as UTF-8, or says where it stops being UTF-8: the line and byte column of the first bad byte.

export type Utf8Text =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      /** 1-based line and byte column of the first byte that is not valid UTF-8. */
      readonly line: number;
      readonly column: number;
      readonly byte: number;
      /** The UTF-16 surrogate the bytes at the column encode, when they encode one (ED A0-BF xx). */
      readonly surrogate?: number;
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
    const [lead, second, third] = [bytes[at], bytes[at + 1], bytes[at + 2]];
    const surrogate =
      lead === 0xed &&
      second !== undefined &&
      second >= 0xa0 &&
      second <= 0xbf &&
      third !== undefined
        ? 0xd000 | ((second & 0x3f) << 6) | (third & 0x3f)
        : undefined;
    return {
      ok: false,
      line,
      column: at - lineStart + 1,
      byte: lead ?? 0,
      ...(surrogate !== undefined ? { surrogate } : {}),
    };
  }
}

/**
 * How a problem says where the bad byte is, with the advice once: save `what` as UTF-8. Bytes ED A0-BF
 * are a UTF-16 surrogate written as if it were a character (CESU-8, or a lone surrogate a program
 * wrote out): said as such, since no editor shows them.
 */
export function describeInvalidUtf8(
  bad: { column: number; byte: number; surrogate?: number },
  what = 'the file',
): string {
  const where = `byte 0x${bad.byte.toString(16).padStart(2, '0')} at byte column ${bad.column}`;
  const surrogate =
    bad.surrogate === undefined
      ? ''
      : ` (it starts U+${bad.surrogate.toString(16).toUpperCase()}, a lone UTF-16 surrogate, which UTF-8 cannot hold)`;
  return `${where} is not valid UTF-8${surrogate}; save ${what} as UTF-8`;
}
