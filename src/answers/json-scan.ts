// One iterative pass over the JSON text before JSON.parse (issue 16): JSON.parse silently keeps the
// last of two equal keys (two "answers" objects: the first is ignored) and cannot say how deep a
// document is. The scan only looks at structure — brackets, strings, keys — and leaves syntax errors
// to JSON.parse: on text that is not JSON it stops or finishes without a finding, never throws.
import { MAX_NESTING, MAX_QUOTED_CHARS } from './limits';

export type ScanFinding =
  { readonly kind: 'too_deep' } | { readonly kind: 'duplicate_key'; readonly key: string };

export interface ScanResult {
  readonly finding?: ScanFinding;
  /** The text of the top-level "formatVersion" value when it is a number: JSON.parse turns 1e309
   *  into Infinity, which a message could only show as "null". */
  readonly rawFormatVersion?: string;
}

interface Frame {
  readonly keys: Set<string> | null; // null for an array
  expectKey: boolean;
  lastKey: string | null;
}

/** - + . 0-9 e E: the characters of a JSON number. */
const isNumberChar = (c: number) =>
  (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;

/** A key as JSON.parse will see it ("a" and "\u0061" are the same key). */
function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    const key: unknown = JSON.parse(`"${raw}"`);
    return typeof key === 'string' ? key : raw;
  } catch {
    return raw;
  }
}

/** The index just past the closing quote of the string that opens at `start`, or -1. */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c)
      i++; // backslash: skip the escaped character
    else if (c === 0x22) return i + 1;
  }
  return -1;
}

export function scanJson(text: string): ScanResult {
  const stack: Frame[] = [];
  let rawFormatVersion: string | undefined;
  const result = (finding?: ScanFinding): ScanResult => ({
    ...(finding ? { finding } : {}),
    ...(rawFormatVersion !== undefined ? { rawFormatVersion } : {}),
  });
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Whitespace (most of a file saved with indentation) needs nothing: skipped first.
    if (c <= 0x20) continue;
    const top = stack[stack.length - 1];
    if (c === 0x7b || c === 0x5b) {
      // { or [
      if (stack.length >= MAX_NESTING) return result({ kind: 'too_deep' });
      const isObject = c === 0x7b;
      stack.push({ keys: isObject ? new Set() : null, expectKey: isObject, lastKey: null });
    } else if (c === 0x7d || c === 0x5d) {
      // } or ]
      stack.pop();
    } else if (c === 0x2c) {
      // ,
      if (top?.keys) top.expectKey = true;
    } else if (c === 0x22) {
      // "
      const end = endOfString(text, i);
      if (end === -1) return result();
      if (top?.keys && top.expectKey) {
        const key = decodeKey(text.slice(i + 1, end - 1));
        if (top.keys.has(key)) return result({ kind: 'duplicate_key', key: key.slice(0, MAX_QUOTED_CHARS) });
        top.keys.add(key);
        top.expectKey = false;
        top.lastKey = key;
      }
      i = end - 1;
    } else if (
      isNumberChar(c) &&
      stack.length === 1 &&
      top?.lastKey === 'formatVersion' &&
      rawFormatVersion === undefined
    ) {
      let end = i;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
      rawFormatVersion = text.slice(i, Math.min(end, i + MAX_QUOTED_CHARS));
      i = end - 1;
    }
  }
  return result();
}
