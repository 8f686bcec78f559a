// The lazily loaded pages, and which one a route needs. main.tsx starts loading the opened route's
// page together with the language texts, and renders once both are in: the first visit waits for
// one round of requests after the bundle, not two (issue 17: page → bundle → texts → page code).
import type { Route } from './routing';

const loaders = {
  questionnaire: () => import('./QuestionnairePage'),
  report: () => import('./ReportPage'),
  workshop: () => import('./WorkshopPage'),
};
export type PageModuleName = keyof typeof loaders;
export type Modules = { [K in PageModuleName]: Awaited<ReturnType<(typeof loaders)[K]>> };

const pending = new Map<PageModuleName, Promise<unknown>>();
const loaded: Partial<Modules> = {};

/** Loads a page's code once; later calls share the same request. */
export function loadPageModule<K extends PageModuleName>(name: K): Promise<Modules[K]> {
  let promise = pending.get(name);
  if (promise === undefined) {
    promise = loaders[name]().then(
      (m) => {
        (loaded as Record<string, unknown>)[name] = m;
        return m;
      },
      (error: unknown) => {
        // Forget a failed load, so "Try again" (PageLoadBoundary) asks the server once more.
        pending.delete(name);
        throw error;
      },
    );
    pending.set(name, promise);
  }
  return promise as Promise<Modules[K]>;
}

/** The page's module if it has arrived already (then the page renders without suspending). */
export function loadedPageModule<K extends PageModuleName>(name: K): Modules[K] | undefined {
  return loaded[name];
}

/** The page code a route needs, if it is not in the main bundle. */
export function pageModuleFor(route: Route): PageModuleName | undefined {
  switch (route.name) {
    case 'overview':
    case 'section':
    case 'check':
      return 'questionnaire';
    case 'report':
      return 'report';
    case 'workshop':
      return 'workshop';
    default:
      return undefined;
  }
}
