// Nothing lost on reload (issue 14, item 7): the files a facilitator opened are kept in this tab's
// sessionStorage — gone when the tab closes, or at once with "Forget these files". The bytes are
// kept as they were read and read again through the one intake on restore, so a restored set is
// exactly the set that was opened. Good files are valid UTF-8 (the reader accepted them) and kept as
// text; any other file as base64, so a broken byte cannot be "repaired" by a round trip.
import type { FileInput } from '../../group/intake';

const KEY = 'pm-workshop-files';

interface Stored {
  readonly name: string;
  readonly text?: string;
  readonly base64?: string;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

function toStored(input: FileInput): Stored {
  if (typeof input.content === 'string') return { name: input.name, text: input.content };
  try {
    return { name: input.name, text: decoder.decode(input.content) };
  } catch {
    let binary = '';
    for (const b of input.content) binary += String.fromCharCode(b);
    return { name: input.name, base64: btoa(binary) };
  }
}

function fromStored(s: unknown): FileInput | null {
  if (typeof s !== 'object' || s === null) return null;
  const { name, text, base64 } = s as Record<string, unknown>;
  if (typeof name !== 'string') return null;
  if (typeof text === 'string') return { name, content: encoder.encode(text) };
  if (typeof base64 !== 'string') return null;
  try {
    return { name, content: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) };
  } catch {
    return null;
  }
}

/** The files kept in this tab, in the order they were opened; [] when none or unreadable. */
export function loadSessionFiles(): FileInput[] {
  const raw = storage()?.getItem(KEY);
  if (raw === null || raw === undefined) return [];
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.flatMap((s) => fromStored(s) ?? []) : [];
  } catch {
    return [];
  }
}

/** false when the browser would not keep them (storage off or full): the page says so. */
export function saveSessionFiles(inputs: readonly FileInput[]): boolean {
  const s = storage();
  if (s === null) return false;
  try {
    if (inputs.length === 0) s.removeItem(KEY);
    else s.setItem(KEY, JSON.stringify(inputs.map(toStored)));
    return true;
  } catch {
    return false;
  }
}

export function forgetSessionFiles(): void {
  storage()?.removeItem(KEY);
}
