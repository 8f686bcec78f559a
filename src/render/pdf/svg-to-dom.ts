// The chart's SVG node tree as real DOM nodes, for svg2pdf.js. Built with createElementNS and
// textContent, never from a markup string, so a label can never turn into markup.
import type { SvgNode } from '../../report/charts/svg-node';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Width of a text in SVG user units, measured with the PDF's own embedded font. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

/** svg2pdf.js places anchored text by measuring it in the page (canvas, or nothing under jsdom),
 *  which does not know the embedded font; so centred and right-aligned labels are turned into
 *  start-anchored ones here, measured with jsPDF. */
function anchoredX(node: SvgNode, measure: MeasureText): number | undefined {
  const anchor = node.attrs['text-anchor'];
  if (node.tag !== 'text' || (anchor !== 'middle' && anchor !== 'end') || node.text === undefined)
    return undefined;
  const width = measure(
    node.text,
    Number(node.attrs['font-size'] ?? 12),
    node.attrs['font-weight'] === 'bold',
  );
  return Number(node.attrs.x ?? 0) - (anchor === 'middle' ? width / 2 : width);
}

export function svgToDom(node: SvgNode, doc: Document, measure: MeasureText): SVGElement {
  const element = doc.createElementNS(SVG_NS, node.tag);
  const x = anchoredX(node, measure);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name === 'xmlns' || (x !== undefined && name === 'text-anchor')) continue;
    element.setAttribute(name, String(name === 'x' && x !== undefined ? x : value));
  }
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children ?? []) element.appendChild(svgToDom(child, doc, measure));
  return element;
}
