// The chart's SVG node tree as real DOM nodes, for svg2pdf.js. Built with createElementNS and
// textContent, never from a markup string, so a label can never turn into markup.
import type { SvgNode } from '../../report/charts/svg-node';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgToDom(node: SvgNode, doc: Document): SVGElement {
  const element = doc.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name !== 'xmlns') element.setAttribute(name, String(value));
  }
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children ?? []) element.appendChild(svgToDom(child, doc));
  return element;
}
