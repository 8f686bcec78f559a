// Which partnership a file is about, in either order (content-model-v2 §5). Shared by the workshop
// (one partnership per group) and next year's comparison (two files of one partnership), so both
// refuse or set apart exactly the same files.

/** A municipality name's key: "EMİRDAĞ", "Emirdag" and "Emirdağ" share one (the research itself
 *  spells it both ways). NFKC, then NFD without combining marks, dotless ı → i, locale-independent
 *  lower case, runs of spaces and hyphens → one space, trimmed. */
export function municipalityKey(name: string): string {
  return name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** The unordered pair of the two names' keys, or null when either name is missing or has an empty
 *  key ("partnership not stated"). The key is a string so it can index a Map. */
export function partnershipKey(own: string | undefined, partner: string | undefined): string | null {
  const a = municipalityKey(own ?? '');
  const b = municipalityKey(partner ?? '');
  if (a === '' || b === '') return null;
  return JSON.stringify(a <= b ? [a, b] : [b, a]);
}
