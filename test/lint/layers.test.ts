// The layer rules of style.md §2 (eslint-layers.js), proved with deliberately bad imports: probe
// sources are linted in memory as if they sat at the given path, with the project's own config.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });
// Loading the config and parsers takes seconds on a busy machine: done once while the file is
// collected, so no single test pays for it.
await eslint.lintText('\n', { filePath: 'src/catalogue/probe.ts' });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layers').map((m) => m.message);
}

describe('layer rules (style.md §2)', () => {
  it.each([
    ['src/catalogue/probe.ts', "import '../assessment/assess';"],
    ['src/catalogue/sections/probe.ts', "import '../../assessment/assess';"],
    ['src/answers/probe.ts', "import '../assessment/assess';"],
    ['src/assessment/probe.ts', "import '../group/aggregate';"],
    ['src/assessment/recommendations/probe.ts', "import '../../report/build-report';"],
    ['src/group/probe.ts', "import '../report/build-report';"],
    ['src/report/probe.ts', "import '../i18n/setup';"],
    ['src/report/group/probe.ts', "import '../../i18n/setup';"],
    ['src/report/probe.ts', "import '../i18n/load-language';"],
    ['src/report/probe.ts', "import '../i18n/resources';"],
    ['src/report/probe.ts', "import '../i18n/options';"],
    ['src/report/probe.ts', "import '../render/resolve-text';"],
    ['src/report/probe.ts', "export { ReportView } from '../render/screen/ReportView';"],
    ['src/report/probe.ts', "export const load = () => import('../ui/App');"],
    ['src/i18n/keys.ts', "import '../i18n/setup';"],
    ['src/render/pdf/probe.ts', "import '../../ui/App';"],
    ['src/render/screen/probe.tsx', "import '../../io/download';"],
    ['src/io/probe.ts', "import '../ui/App';"],
    ['src/io/probe.ts', "import '../cli/run';"],
    ['src/io/probe.ts', "import '../render/pdf/render-report-pdf';"],
    ['src/ui/probe.tsx', "import '../cli/run';"],
    ['src/ui/questionnaire/probe.tsx', "import '../../cli/run';"],
    ['src/cli/probe.ts', "import '../ui/App';"],
    ['src/cli/probe.ts', "import '../render/screen/ReportView';"],
    ['src/cli/probe.ts', "import '../io/download';"],
  ])('refuses, in %s: %s', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['src/catalogue/probe.ts', "import 'react';"],
    ['src/answers/probe.ts', "import 'i18next';"],
    ['src/assessment/probe.ts', "import 'jspdf';"],
    ['src/group/probe.ts', "import 'react-dom/client';"],
    ['src/report/probe.ts', "import 'svg2pdf.js';"],
    ['src/report/charts/probe.ts', "import 'react-i18next';"],
    ['src/i18n/format-number.ts', "import 'i18next';"],
    ['src/render/pdf/probe.ts', "import 'react';"],
  ])('keeps packages out, in %s: %s', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['src/catalogue/probe.ts', "import 'zod'; import './ids'; import './sections/profile';"],
    ['src/catalogue/sections/probe.ts', "import '../ids';"],
    ['src/answers/probe.ts', "import '../catalogue/catalogue';"],
    ['src/group/probe.ts', "import '../assessment/assess'; import '../answers/parse';"],
    ['src/report/group/probe.ts', "import '../../i18n/keys'; import '../../group/schema';"],
    ['src/report/probe.ts', "import '../i18n/answer-text'; import '../catalogue/languages';"],
    ['src/render/pdf/probe.ts', "import 'jspdf'; import '../../report/blocks'; import '../../i18n/setup';"],
    ['src/render/screen/probe.tsx', "import 'react'; import '../resolve-text';"],
    ['src/io/probe.ts', "import '../answers/parse';"],
    ['src/ui/probe.tsx', "import '../io/download'; import '../render/screen/ReportView'; import 'react';"],
    [
      'src/cli/probe.ts',
      "import '../render/pdf/render-report-pdf'; import '../zod-config'; import 'node:fs';",
    ],
    ['src/main.tsx', "import './ui/App'; import './zod-config';"],
  ])('allows, in %s: %s', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });

  it('names a folder that has no layer yet', async () => {
    expect(await layerErrors('src/newlayer/probe.ts', "import 'zod';")).toEqual([
      'src/newlayer/probe.ts: no layer of style.md §2 (add it to eslint-layers.js)',
    ]);
  });
});
