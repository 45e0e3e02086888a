// Finds the error codes in what an on-call engineer pastes: a log line, a vendor's JSON error body, an SDK error's text, a bare code.

import type { Envelope } from './entry.js';
import { ownProperty } from './own-property.js';
import { readEnvelope, usableCode } from './vendor-error.js';

/** One code that pasted text holds, and what the text says about it. */
export interface PastedCode<V extends string = string> {
  /** The code as the text spells it: `AuthFailure.SignatureExpire`, `40400001`. */
  readonly code: string;
  /**
   * The vendors whose error body holds the code, when the text is (or holds) one: a
   * `{"Response": {"Error": …}}` body is Tencent's, `{"msg", "code", "id"}` Upyun's. Empty when
   * the text does not say (a log field, a bare code): any vendor may have sent it.
   */
  readonly vendors: readonly V[];
  /** The message beside the code in the vendor's error body, when there is one. */
  readonly message?: string;
  /**
   * Where the code was found: `body` a vendor's error body (JSON, also inside a log line or a
   * JSON string), `field` a code field of a log line or an SDK error's text (`code=…`,
   * `Code: …`, `"RetCode": 8201`), `text` the whole text as one code, or a dotted code in it.
   */
  readonly found: 'body' | 'field' | 'text';
}

/** A code set as the extractor needs it: which vendor answers in which envelope. */
export interface EnvelopeOfVendor<V extends string> {
  readonly vendor: V;
  readonly envelope: Envelope;
}

/** Text past this length is not read: bounded work on a hostile paste (1 MiB, as the parser's bodies). */
const MAX_TEXT_LENGTH = 1024 * 1024;

/** At most this many codes: a paste of a whole log still answers with a short list. */
const MAX_CODES = 32;

/** JSON.parse may read each character of the text this many times over (nested and escaped spans): linear work. */
const PARSE_BUDGET_PER_CHARACTER = 4;

/** Values of parsed JSON visited, at most: deep or wide bodies take bounded work. */
const MAX_JSON_NODES = 10_000;

/**
 * ANSI escape sequences of a coloured log: CSI (`ESC [ … m`) and OSC (`ESC ] … BEL` or `ESC \`).
 * Each part is a class of its own that the next cannot start with, so a match is linear; a run of
 * them is one match, read past as one blank.
 */
const TERMINAL_SEQUENCES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a pasted coloured log carries these; matching them is the point
  /(?:\u001b\[[0-?]{0,64}[ -/]{0,16}[@-~]|\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f])+/g;

/**
 * A code field: a key that ends in `code` (`code`, `Code`, `errorCode`, `error_code`, `Error Code`,
 * `errCode`, `RetCode`), then `:` or `=`, then the value, quoted or not. The key must start a word, so
 * `statusCode` and `exitCode` are no code fields; `status code` is excluded after the match.
 */
const CODE_FIELD =
  /(?:^|[^A-Za-z0-9_])((?:err(?:or)?|ret)?[ _.-]?code)["'`]?[ \t]{0,8}[:=][ \t]{0,8}["'`]?([^\s"'`,;(){}[\]<>]{1,256})/gi;

/** A word before `code` that makes the field an HTTP status or an exit code, not the vendor's code. */
const NOT_A_VENDOR_CODE = /(?:status|http|exit|response|resp)[ _.-]?$/i;

/** A dotted code in prose, as Tencent spells its codes: `AuthFailure.SignatureExpire`. */
const DOTTED_CODE =
  /(?:^|[^A-Za-z0-9_.])([A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+)(?![A-Za-z0-9_])/g;

/** Marks around a bare code that are not part of it: quotes, brackets, a trailing full stop or comma. */
const AROUND_BARE_CODE = /^["'`([{<]+|["'`)\]}>.,;:]+$/g;

/** Characters of a code: letters, digits, and the dots and dashes between them. */
const CODE_CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

type Found = PastedCode['found'];

/** How telling each way of finding a code is, most first. */
const FOUND_ORDER: readonly Found[] = ['body', 'field', 'text'];

/** The codes found so far, one per spelling; a later find adds vendors and a message, and may show it is a body's. */
class FoundCodes<V extends string> {
  readonly #byCode = new Map<
    string,
    { code: string; vendors: V[]; message?: string; found: Found }
  >();

  get full(): boolean {
    return this.#byCode.size >= MAX_CODES;
  }

  add(code: string, found: Found, vendors: readonly V[] = [], message?: string): void {
    const clean = code.replace(/[.:-]+$/, '');
    if (clean === '' || !CODE_CHARACTERS.test(clean)) return;
    const known = this.#byCode.get(clean);
    if (known === undefined) {
      if (this.full) return;
      this.#byCode.set(clean, {
        code: clean,
        vendors: [...vendors],
        ...(message !== undefined && { message }),
        found,
      });
      return;
    }
    for (const vendor of vendors) if (!known.vendors.includes(vendor)) known.vendors.push(vendor);
    if (known.message === undefined && message !== undefined) known.message = message;
    if (FOUND_ORDER.indexOf(found) < FOUND_ORDER.indexOf(known.found)) known.found = found;
  }

  /** Most telling first, then in the order found (the sort is stable). */
  list(): PastedCode<V>[] {
    return [...this.#byCode.values()].sort(
      (a, b) => FOUND_ORDER.indexOf(a.found) - FOUND_ORDER.indexOf(b.found),
    );
  }
}

/** Each envelope of the code sets once, with the vendors that answer in it, in the code sets' order. */
function vendorsByEnvelope<V extends string>(
  codeSets: readonly EnvelopeOfVendor<V>[],
): Map<Envelope, V[]> {
  const byEnvelope = new Map<Envelope, V[]>();
  for (const { vendor, envelope } of codeSets) {
    const vendors = byEnvelope.get(envelope) ?? [];
    if (!vendors.includes(vendor)) vendors.push(vendor);
    byEnvelope.set(envelope, vendors);
  }
  return byEnvelope;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Every balanced `{…}` of the text: `ends[start]` is the end (exclusive) of the span that starts
 * at `start`, 0 where none does. One pass that counts braces and skips JSON strings inside them
 * (outside braces a quote is prose, not a string). Unclosed braces are left out, so a stray `{`
 * earlier in a log line does not hide the body after it.
 */
function braceSpans(text: string): Int32Array {
  const opens: number[] = [];
  const ends = new Int32Array(text.length);
  let inString = false;
  for (let at = 0; at < text.length; at += 1) {
    const unit = text.charCodeAt(at);
    if (inString) {
      if (unit === BACKSLASH) at += 1;
      else if (unit === QUOTE) inString = false;
    } else if (unit === BACKSLASH) {
      // `\"` outside a string is a body logged as a JSON string: its quotes open no string.
      at += 1;
    } else if (unit === QUOTE) {
      inString = opens.length > 0;
    } else if (unit === OPEN_BRACE) {
      opens.push(at);
    } else if (unit === CLOSE_BRACE && opens.length > 0) {
      ends[opens.pop()!] = at + 1;
    }
  }
  return ends;
}

/** Reads JSON out of text within a budget of characters parsed; the budget is shared by nested reads. */
class JsonReader {
  #budget: number;

  constructor(budget: number) {
    this.#budget = budget;
  }

  #parse(text: string): { ok: true; value: unknown } | { ok: false } {
    if (text.length > this.#budget) return { ok: false };
    this.#budget -= text.length;
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch {
      return { ok: false };
    }
  }

  /** The JSON objects in the text: each outermost `{…}` that parses, else the ones inside it. */
  objectsIn(text: string): unknown[] {
    const objects: unknown[] = [];
    const ends = braceSpans(text);
    // Outermost first: an object that parses takes the spans inside it along.
    for (let start = 0; start < ends.length; start += 1) {
      const end = ends[start]!;
      if (end === 0) continue;
      if (this.#budget <= 0 || objects.length >= MAX_JSON_NODES) break;
      if (end - start > this.#budget) continue;
      const span = text.slice(start, end);
      let parsed = this.#parse(span);
      // A body logged inside a JSON string: `"body":"{\"code\":40400001}"`.
      if (!parsed.ok && span.includes('\\"')) {
        const unescaped = this.#parse(`"${span}"`);
        if (unescaped.ok && typeof unescaped.value === 'string')
          parsed = this.#parse(unescaped.value);
      }
      if (parsed.ok) {
        objects.push(parsed.value);
        start = end - 1;
      }
    }
    return objects;
  }
}

/** A value of parsed JSON to visit, with the code of the error body it is part of, if any. */
interface JsonNode {
  readonly value: unknown;
  readonly bodyCode: string | undefined;
}

/**
 * Reads every object in parsed JSON, breadth first, and the JSON that strings hold themselves.
 * `read` answers the code of the error body an object is, if it is one: a part of that body
 * (Tencent's `Response` looks like a Kingsoft body) then names no vendor for the same code.
 */
function visitJson(
  roots: readonly unknown[],
  reader: JsonReader,
  read: (object: object, bodyCode: string | undefined) => string | undefined,
): void {
  const queue: JsonNode[] = roots.slice(0, MAX_JSON_NODES).map((value) => ({
    value,
    bodyCode: undefined,
  }));
  const enqueue = (value: unknown, bodyCode: string | undefined): void => {
    if (queue.length < MAX_JSON_NODES) queue.push({ value, bodyCode });
  };
  for (let visited = 0; visited < queue.length; visited += 1) {
    const { value, bodyCode } = queue[visited]!;
    if (typeof value === 'string') {
      if (value.includes('{'))
        for (const object of reader.objectsIn(value)) enqueue(object, bodyCode);
    } else if (Array.isArray(value)) {
      for (const item of value) {
        if (queue.length >= MAX_JSON_NODES) break;
        enqueue(item, bodyCode);
      }
    } else if (typeof value === 'object' && value !== null) {
      const code = read(value, bodyCode) ?? bodyCode;
      for (const key of Object.keys(value)) {
        if (queue.length >= MAX_JSON_NODES) break;
        enqueue(ownProperty(value, key), code);
      }
    }
  }
}

/** The codes of the vendors' error bodies in the text: an envelope that reads an error names its vendors. */
function addBodies<V extends string>(
  text: string,
  envelopes: Map<Envelope, V[]>,
  found: FoundCodes<V>,
): void {
  if (!text.includes('{')) return;
  const reader = new JsonReader(PARSE_BUDGET_PER_CHARACTER * text.length);
  visitJson(reader.objectsIn(text), reader, (object, bodyCode) => {
    let readCode: string | undefined;
    for (const [envelope, vendors] of envelopes) {
      const reading = readEnvelope(envelope, object);
      if (reading.kind !== 'error') continue;
      const usable = usableCode(reading.code);
      if (usable === undefined) continue;
      const code = String(usable);
      if (code === bodyCode) continue;
      const message = typeof reading.message === 'string' ? reading.message : undefined;
      if (reading.complete) {
        found.add(code, 'body', vendors, message);
        readCode = code;
      } else {
        // A lone `code` field is no envelope's error body: any vendor may have sent it.
        found.add(code, 'field');
      }
    }
    return readCode;
  });
}

function addFields<V extends string>(text: string, found: FoundCodes<V>): void {
  for (const match of text.matchAll(CODE_FIELD)) {
    const key = match[1]!;
    const keyStart = (match.index ?? 0) + match[0].indexOf(key);
    if (NOT_A_VENDOR_CODE.test(text.slice(Math.max(0, keyStart - 9), keyStart + key.length - 4)))
      continue;
    found.add(match[2]!, 'field');
    if (found.full) return;
  }
}

function addText<V extends string>(text: string, found: FoundCodes<V>): void {
  const trimmed = text.trim();
  if (trimmed.length <= 256 && !/\s/.test(trimmed))
    found.add(trimmed.replace(AROUND_BARE_CODE, ''), 'text');
  for (const match of text.matchAll(DOTTED_CODE)) {
    found.add(match[1]!, 'text');
    if (found.full) return;
  }
}

/**
 * The error codes in pasted text, most telling first: the codes of vendors' error bodies (with
 * their vendors and message), then code fields of log lines and SDK errors' text (`code=…`,
 * `Code: …`, `"RetCode": 8201`, `[TencentCloudSDKError] Code=…, Message=…`), then the text itself
 * as a bare code and the dotted codes in it. A code is listed once, as first found. Colour codes
 * and other control characters of a log are read past.
 *
 * `codeSets` say which vendor answers in which envelope; every envelope among them is tried.
 * Never throws: anything but a string gives no code, text past 1 MiB is not read, and the work
 * is linear in the text's length.
 */
export function extractErrorCodeWith<V extends string>(
  codeSets: readonly EnvelopeOfVendor<V>[],
  text: unknown,
): PastedCode<V>[] {
  if (typeof text !== 'string') return [];
  const found = new FoundCodes<V>();
  try {
    const readable = (
      text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text
    ).replace(TERMINAL_SEQUENCES, ' ');
    addBodies(readable, vendorsByEnvelope(codeSets), found);
    addFields(readable, found);
    addText(readable, found);
  } catch {
    // Nothing in a string can make the reading throw; should it, what was found stands.
  }
  return found.list();
}
