// Hash routes: they work from a server and from file:// (the one-file edition, issue 9).
import { SECTION_IDS, type SectionId } from '../catalogue/ids';

export type Route =
  | { name: 'start' }
  | { name: 'overview' }
  | { name: 'section'; section: SectionId; focus?: string; returnTo?: 'check' }
  | { name: 'check' }
  | { name: 'report' }
  | { name: 'workshop' }
  /** The example report (issue 15): its own answers, never the user's. */
  | { name: 'example' }
  | { name: 'accessibility' }
  | { name: 'about' }
  | { name: 'notFound' };

/** Routes that are one plain path segment: `#/report`, `#/accessibility` … */
const SIMPLE = ['check', 'report', 'workshop', 'accessibility', 'about', 'example'] as const;
const isSimple = (s: string | undefined): s is (typeof SIMPLE)[number] =>
  (SIMPLE as readonly (string | undefined)[]).includes(s);

const isSectionId = (s: string | undefined): s is SectionId =>
  (SECTION_IDS as readonly (string | undefined)[]).includes(s);

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter((p) => p !== '');
  const [first, second] = parts;
  if (first === undefined) return { name: 'start' };
  if (first === 'questionnaire' && second === undefined) return { name: 'overview' };
  if (first === 'questionnaire' && isSectionId(second)) {
    const params = new URLSearchParams(query);
    const focus = params.get('focus') ?? undefined;
    // "Change" on the check page: Next leads back there (GOV.UK "return to check answers").
    const returnTo = params.get('return') === 'check' ? 'check' : undefined;
    return {
      name: 'section',
      section: second,
      ...(focus ? { focus } : {}),
      ...(returnTo ? { returnTo } : {}),
    };
  }
  if (
    parts.length === 1 &&
    (first === 'check' || first === 'report' || first === 'workshop' || first === 'example')
  )
    return { name: first };
  if (parts.length === 1 && isSimple(first)) return { name: first };
  return { name: 'notFound' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'start':
    case 'notFound':
      return '#/';
    case 'overview':
      return '#/questionnaire';
    case 'section': {
      const query = new URLSearchParams();
      if (route.focus) query.set('focus', route.focus);
      if (route.returnTo) query.set('return', route.returnTo);
      const text = query.toString();
      return `#/questionnaire/${route.section}${text === '' ? '' : `?${text}`}`;
    }
    default:
      return `#/${route.name}`;
  }
}
