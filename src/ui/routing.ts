// Hash routes: they work from a server and from file:// (the one-file edition, issue 9).
import { SECTION_IDS, type SectionId } from '../catalogue/ids';

export type Route =
  | { name: 'start' }
  | { name: 'overview' }
  | { name: 'section'; section: SectionId; focus?: string }
  | { name: 'check' }
  | { name: 'report' }
  | { name: 'workshop' }
  /** The example report (issue 15): its own answers, never the user's. */
  | { name: 'example' }
  | { name: 'notFound' };

const isSectionId = (s: string | undefined): s is SectionId =>
  (SECTION_IDS as readonly (string | undefined)[]).includes(s);

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter((p) => p !== '');
  const [first, second] = parts;
  if (first === undefined) return { name: 'start' };
  if (first === 'questionnaire' && second === undefined) return { name: 'overview' };
  if (first === 'questionnaire' && isSectionId(second)) {
    const focus = new URLSearchParams(query).get('focus') ?? undefined;
    return { name: 'section', section: second, ...(focus ? { focus } : {}) };
  }
  if (
    parts.length === 1 &&
    (first === 'check' || first === 'report' || first === 'workshop' || first === 'example')
  )
    return { name: first };
  return { name: 'notFound' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'start':
    case 'notFound':
      return '#/';
    case 'overview':
      return '#/questionnaire';
    case 'section':
      return `#/questionnaire/${route.section}${route.focus ? `?focus=${encodeURIComponent(route.focus)}` : ''}`;
    default:
      return `#/${route.name}`;
  }
}
