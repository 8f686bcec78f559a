// The chart's SVG node tree as React elements: attributes become props, text stays text (React
// escapes it), so a label can never turn into markup.
import { createElement, type ReactElement } from 'react';
import type { SvgNode } from '../../report/charts/svg-node';

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function svgToReact(node: SvgNode, key?: number): ReactElement {
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(node.attrs))
    props[name === 'viewBox' ? name : camel(name)] = value;
  const children = [
    ...(node.text === undefined ? [] : [node.text]),
    ...(node.children ?? []).map((child, i) => svgToReact(child, i)),
  ];
  return createElement(node.tag, { ...props, key }, ...children);
}
