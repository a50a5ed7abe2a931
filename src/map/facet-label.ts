/** Facet labels in the page's language: the build's map data carry content, never interface words. */
import type { UiStrings } from '../i18n/zh-CN.ts';
import type { Facet } from './types.ts';

export function bandLabel(facet: Facet, ui: UiStrings): string {
  return facet.unnamed ? `${ui.fields.unnamedBand}${ui.punct.open}${facet.label}${ui.punct.close}` : facet.label;
}
