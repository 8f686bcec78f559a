// Embedded TTF fonts (Noto Sans, OFL-1.1): the 14 standard PDF fonts cannot write ğ, ş, ı, İ or
// Arabic. The caller supplies the bytes (fetch in the browser, fs in Node), so this stays
// environment-neutral.
import type { jsPDF } from 'jspdf';

export interface ReportFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  /** Noto Sans Arabic, for text runs in Arabic script. */
  readonly arabic: Uint8Array;
}

export const LATIN = 'NotoSans';
export const ARABIC = 'NotoSansArabic';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

// Encoding 1.4 MB of fonts took a fifth of a warm render: do it once per set of font bytes.
const encoded = new WeakMap<ReportFonts, { regular: string; bold: string; arabic: string }>();

function base64Fonts(fonts: ReportFonts) {
  let cached = encoded.get(fonts);
  if (cached === undefined) {
    cached = { regular: toBase64(fonts.regular), bold: toBase64(fonts.bold), arabic: toBase64(fonts.arabic) };
    encoded.set(fonts, cached);
  }
  return cached;
}

export function registerFonts(doc: jsPDF, fonts: ReportFonts): void {
  const b64 = base64Fonts(fonts);
  doc.addFileToVFS('NotoSans-Regular.ttf', b64.regular);
  doc.addFont('NotoSans-Regular.ttf', LATIN, 'normal');
  doc.addFileToVFS('NotoSans-Bold.ttf', b64.bold);
  doc.addFont('NotoSans-Bold.ttf', LATIN, 'bold');
  doc.addFileToVFS('NotoSansArabic-Regular.ttf', b64.arabic);
  doc.addFont('NotoSansArabic-Regular.ttf', ARABIC, 'normal');
  doc.setFont(LATIN, 'normal');
}
