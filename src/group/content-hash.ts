// "The same file twice is counted once" (issue 8): files are compared by a hash of their bytes.
// FNV-1a 64-bit in two 32-bit halves: fast, pure, the same in browser and Node; not cryptographic,
// which is fine — a collision could only merge two participants' files of the same size.
const encoder = new TextEncoder();

export function contentHash(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    h1 = Math.imul(h1 ^ b, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ b ^ (h1 >>> 24), 0x01000193) >>> 0;
  }
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${hex(h2)}${hex(h1)}-${bytes.length.toString(36)}`;
}
