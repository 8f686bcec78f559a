// Text from a file echoed to a terminal (issue 16, defect 8): an unknown id holding ESC sequences
// could clear the screen, recolour it or retitle the window. Control characters (C0, DEL, C1) and
// bidi controls are written as \u{…} escapes, so the line shows what the file holds.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}
