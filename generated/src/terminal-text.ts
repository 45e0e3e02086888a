// Generated from generator/shipped/cli/terminal-text.ts by npm run generate. Do not edit.
// Text for a terminal: every character a terminal would act on instead of show is written as a visible escape.

/**
 * Characters a terminal may act on rather than show: C0 controls (ESC starts ANSI and OSC
 * sequences, BEL ends an OSC that retitles the window, CR overwrites the line), DEL, C1 controls
 * (U+009B is a CSI by itself), the line and paragraph separators, and the bidirectional marks,
 * embeddings, overrides and isolates that reorder what is shown (Trojan Source).
 */
function actedOn(unit: number): boolean {
  return (
    unit <= 0x1f ||
    (unit >= 0x7f && unit <= 0x9f) ||
    unit === 0x061c ||
    unit === 0x200e ||
    unit === 0x200f ||
    (unit >= 0x2028 && unit <= 0x202e) ||
    (unit >= 0x2066 && unit <= 0x2069)
  );
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Does the UTF-16 unit at `at` get an escape: a character acted on, or half of no pair (no terminal can show it)? */
function escaped(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (actedOn(unit)) return true;
  if (isHighSurrogate(unit)) return !isLowSurrogate(text.charCodeAt(at + 1));
  if (isLowSurrogate(unit)) return !isHighSurrogate(text.charCodeAt(at - 1));
  return false;
}

const BACKSLASH = '\\';

/** `\x1b` for a unit up to U+00FF, `\u202e` above: the spelling JavaScript and most shells read back. */
function escapeOf(unit: number): string {
  return unit <= 0xff
    ? `\\x${unit.toString(16).padStart(2, '0')}`
    : `\\u${unit.toString(16).padStart(4, '0')}`;
}

/**
 * One line of text as a terminal shows it, unchanged but for the characters it would act on,
 * written `\x1b`, `\x07`, `\x9b`, `\u202e` (so `\x1b]0;title\x07` prints as those 14 characters
 * and retitles nothing), line feeds included: split lines first. A backslash is doubled only
 * where it would read as the start of an escape (before `x`, `u`, a backslash or an escaped
 * character), so `C:\tmp` prints as itself and every output reads back to exactly its input.
 */
export function terminalLine(text: string): string {
  let shown = '';
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (escaped(text, at)) {
      shown += escapeOf(text.charCodeAt(at));
    } else if (char === BACKSLASH) {
      const next = text[at + 1];
      const startsEscape =
        next === 'x' ||
        next === 'u' ||
        next === BACKSLASH ||
        (next !== undefined && escaped(text, at + 1));
      shown += startsEscape ? BACKSLASH + BACKSLASH : BACKSLASH;
    } else {
      shown += char;
    }
  }
  return shown;
}

/** Text of several lines for a terminal: each line as terminalLine shows it, line feeds kept. */
export function terminalText(text: string): string {
  return text.split('\n').map(terminalLine).join('\n');
}

/**
 * JSON for a terminal: JSON.stringify already escapes C0 controls and lone surrogates; DEL, C1
 * controls, the separators and the bidirectional controls (which can only stand inside strings)
 * get `\u` escapes too. Still JSON that parses to the same value.
 */
export function terminalJson(value: unknown): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
