// The PDF renderer in-process (the CLI test covers the command): metadata, outline and page
// numbers, checked with poppler's tools.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/assessment/assess';
import { nodeDocument, readReportFonts } from '../../../src/cli/pdf-node';
import { fixedT } from '../../../src/i18n/setup';
import { renderReportPdf } from '../../../src/render/pdf/render-report-pdf';
import { plainT } from '../../../src/render/resolve-text';
import { text, type ReportDocument } from '../../../src/report/blocks';
import { buildReport } from '../../../src/report/build-report';
import { exampleAnswers } from '../../report/example-answers';

const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));

const exampleReport = (answers = exampleAnswers('C')): ReportDocument =>
  buildReport(assess(answers), answers, { date: '2026-11-24', respondentLabel: 'R'.repeat(200) });

async function pdfOf(language: 'nl' | 'en' | 'both', report = exampleReport(), name = 'c') {
  const bytes = await renderReportPdf(report, {
    language,
    fonts: readReportFonts(),
    tFor: (lang) => plainT(fixedT(lang, { strict: true })),
    document: nodeDocument(),
  });
  const file = join(dir, `${name}-${language}.pdf`);
  writeFileSync(file, bytes);
  return { bytes, file };
}

const info = (file: string) =>
  execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

describe('renderReportPdf', { timeout: 30_000 }, () => {
  it('writes a compressed A4 PDF with its title in the metadata and the Noto fonts embedded', async () => {
    const { bytes, file } = await pdfOf('en');
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(info(file)).toMatch(/Title:\s+Advice report Körfezkent – Grachtstad/);
    expect(info(file)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(fonts).toMatch(/NotoSans\s+CID TrueType\s+Identity-H\s+yes/);
  });

  it('numbers the pages "x / y" and lists the parts with their pages on the cover', async () => {
    const { file } = await pdfOf('nl');
    const pages = Number(/Pages:\s+(\d+)/.exec(info(file))?.[1]);
    const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), file, '-'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(last).toContain(`${pages} / ${pages}`);
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(cover).toContain('Wat u eerst kunt doen');
    expect(cover).toContain('Bijlage');
    expect(cover).toContain('Datum: 24 november 2026');
  });

  it('declares the main language, shows the title in the window, and links the contents to the parts', async () => {
    const { bytes } = await pdfOf('both');
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toContain('/Lang (nl)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    // One link annotation per contents entry (6 parts per language and the appendix once).
    expect(raw.match(/\/Subtype \/Link/g)?.length).toBe(13);
  });

  it("keeps long names out of the footer's way and flows a long contents list onto a second page", async () => {
    const long = 'W'.repeat(200);
    const answers = {
      ...exampleAnswers('C'),
      profile_own_municipality: long,
      profile_partner_municipality: long,
    };
    const { file } = await pdfOf('both', exampleReport(answers), 'long');
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\f')
      .filter((p) => p.trim() !== '');
    pages.forEach((page, i) => {
      const last = page.trimEnd().split('\n').at(-1)?.trim() ?? '';
      // The title is cut with an ellipsis and the page number stays whole at the right.
      expect(last).toMatch(new RegExp(`…\\s+${i + 1} / ${pages.length}$`));
    });
    // Every part is listed: the cover holds what fits, the reserved second page the rest.
    const contents = (pages[0] ?? '') + (pages[1] ?? '');
    for (const title of [
      'Wat u eerst kunt doen',
      'Werkwijze en bronnen',
      'What to do first',
      'Method and sources',
    ]) {
      expect(contents).toContain(title);
    }
  });

  it('gives the bilingual PDF a bilingual cover, then the Dutch, then the English report', async () => {
    const { file } = await pdfOf('both');
    const text = execFileSync('pdftotext', [file, '-'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const cover = text.split('\f')[0] ?? '';
    const coverWords = cover.replace(/\s+/g, ' ');
    expect(coverWords).toContain(fixedT('nl')('report.cover.title'));
    expect(coverWords).toContain(fixedT('en')('report.cover.title'));
    expect(coverWords).toContain('Dit rapport staat in twee talen');
    expect(coverWords).toContain('This report is in two languages');
    expect(text.indexOf('Zes dimensies van wederzijds leren', cover.length)).toBeLessThan(
      text.indexOf('Six dimensions of mutual learning', cover.length),
    );
  });

  it('takes every word around the content from the document: language lines, outline, metadata', async () => {
    // Swapped texts prove the renderer reads them from the document rather than choosing its own.
    const doc = exampleReport();
    const swapped: ReportDocument = {
      ...doc,
      blocks: doc.blocks.map((b) =>
        b.kind === 'cover'
          ? { ...b, language: { ...b.language, both: text('report.appendix.methodTitle') } }
          : b,
      ),
      frame: {
        ...doc.frame,
        outlineLanguage: text('report.appendix.glossaryTitle'),
        subject: text('report.summary.title'),
      },
    };
    const { file } = await pdfOf('both', swapped);
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(cover).toContain(fixedT('nl')('report.appendix.methodTitle'));
    expect(cover).toContain(fixedT('en')('report.appendix.methodTitle'));
    expect(info(file)).toMatch(new RegExp(`Subject:\\s+${fixedT('nl')('report.summary.title')}`));
    const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const outline = xml.slice(xml.indexOf('<outline>'));
    expect(outline).toContain(`>${fixedT('nl')('report.appendix.glossaryTitle')}</item>`);
    expect(outline).toContain(`>${fixedT('en')('report.appendix.glossaryTitle')}</item>`);
  });
});
