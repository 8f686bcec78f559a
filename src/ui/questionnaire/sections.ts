// Section order and lookup for the walk (Back / Next), from the catalogue.
import { questionsOf, SECTIONS, type CatalogueQuestion } from '../../catalogue/catalogue';
import type { SectionId } from '../../catalogue/ids';
import type { Route } from '../routing';

export function sectionQuestions(id: SectionId): readonly CatalogueQuestion[] {
  return questionsOf(id);
}

export function sectionIndex(id: SectionId): number {
  return SECTIONS.findIndex((s) => s.id === id);
}

/** Back from the first section is the overview; Next from the last is "check your answers". */
export function previousRoute(id: SectionId): Route {
  const prev = SECTIONS[sectionIndex(id) - 1];
  return prev === undefined ? { name: 'overview' } : { name: 'section', section: prev.id };
}

export function nextRoute(id: SectionId): Route {
  const next = SECTIONS[sectionIndex(id) + 1];
  return next === undefined ? { name: 'check' } : { name: 'section', section: next.id };
}
