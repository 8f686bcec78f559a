import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { readReportFonts } from '../../../src/cli/pdf-node';
import { registerFonts } from '../../../src/render/pdf/fonts';
import { drawableText, drawLine, isRtl, MISSING_GLYPH, splitRuns } from '../../../src/render/pdf/text-runs';

describe('splitRuns', () => {
  it.each([
    ['Emirdağ and İzmit', [{ text: 'Emirdağ and İzmit', arabic: false }]],
    [
      'Haarlem and الحسيمة',
      [
        { text: 'Haarlem and ', arabic: false },
        { text: 'الحسيمة', arabic: true },
      ],
    ],
    [
      'الحسيمة - الناظور (2)',
      [
        { text: 'الحسيمة - الناظور', arabic: true },
        { text: ' (2)', arabic: false },
      ],
    ],
    [
      'Samen leren — التعلم معاً',
      [
        { text: 'Samen leren — ', arabic: false },
        { text: 'التعلم معاً', arabic: true },
      ],
    ],
  ])('cuts %j into script runs', (line, runs) => {
    expect(splitRuns(line)).toEqual(runs);
  });
});

describe('isRtl', () => {
  it.each([
    ['الحسيمة and Haarlem', true],
    ['2024: الحسيمة', true],
    ['Haarlem and الحسيمة', false],
    ['', false],
  ])('decides the direction of %j by its first strong character', (line, rtl) => {
    expect(isRtl(line)).toBe(rtl);
  });
});

// Issue 16, defect 13: what v1 drew wrong in the PDF text layer.
describe('drawableText and drawLine (defect 13)', () => {
  const doc = new jsPDF();
  registerFonts(doc, readReportFonts());
  const style = { size: 11, bold: false };

  it('strips bidi controls, so an override cannot reorder or box the text', () => {
    expect(drawableText(doc, 'a\u202Eevil\u202C b \u2066c\u2069\u200F')).toBe('aevil b c');
  });

  it('draws one visible placeholder per character no embedded font has, joiners included', () => {
    expect(drawableText(doc, 'Haarlem 😀 and 👩🏽‍🌾 الحسيمة')).toBe(
      `Haarlem ${MISSING_GLYPH} and ${MISSING_GLYPH} الحسيمة`,
    );
    expect(drawableText(doc, 'Emirdağ, İzmit — "ok"')).toBe('Emirdağ, İzmit — "ok"');
  });

  it('keeps the space where Latin and Arabic meet, in both directions', () => {
    const pdf = new jsPDF();
    registerFonts(pdf, readReportFonts());
    drawLine(pdf, 'Nador مدينة here', 20, 20, 170, style, false);
    drawLine(pdf, 'مدينة Nador', 20, 40, 170, style, true);
    const dir = mkdtempSync(join(tmpdir(), 'text-runs-'));
    writeFileSync(join(dir, 'a.pdf'), new Uint8Array(pdf.output('arraybuffer')));
    const bbox = execFileSync('pdftotext', ['-bbox', join(dir, 'a.pdf'), '-'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"/g)].map((m) => ({
      x0: Number(m[1]),
      y: Math.round(Number(m[2]) / 10),
      x1: Number(m[3]),
    }));
    expect(words).toHaveLength(5);
    // Between neighbouring words on a line there is at least most of a space (v1: none, "Nadorمدينة").
    const gaps = words.slice(1).flatMap((w, i) => {
      const prev = words[i];
      return prev && Math.abs(prev.y - w.y) <= 1 ? [w.x0 - prev.x1] : [];
    });
    expect(gaps).toHaveLength(3);
    for (const gap of gaps) expect(gap).toBeGreaterThan(2);
  });
});
