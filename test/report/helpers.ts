// Helpers for report tests: collect keys and blocks from a ReportDocument.
import type { Block, Param, ReportDocument, Text } from '../../src/report/blocks';

export function blocksOf<K extends Block['kind']>(
  doc: ReportDocument,
  kind: K,
): Extract<Block, { kind: K }>[] {
  return doc.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}

/** Every Text in the document (nested params included), for "which keys appear" checks. */
export function textsOf(doc: ReportDocument): Text[] {
  const out: Text[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      if ('key' in value && typeof (value as Text).key === 'string') {
        out.push(value as Text);
        Object.values((value as Text).params ?? {}).forEach((p: Param) => visit(p));
      } else Object.values(value).forEach(visit);
    }
  };
  visit(doc.blocks);
  visit(doc.title);
  return out;
}

export const keysOf = (doc: ReportDocument) => textsOf(doc).map((t) => t.key);
