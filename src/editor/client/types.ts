/** What the server hands the page (GET /editor-config.json). */
import type { EditorStrings } from '../../i18n/editor/zh-CN.ts';
import type { DecapConfig } from '../config.ts';

export interface PageConfig {
  cms: DecapConfig;
  words: EditorStrings;
  serviceArea: [number, number, number, number];
  tiles: { bounds: [number, number, number, number]; maxzoom: number; url: string };
}

/** The part of Decap's API the editor uses. */
export interface Cms {
  init(o: { config: unknown }): void;
  registerWidget(name: string, control: unknown): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(href: string): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(content: string): unknown; toFile(data: unknown): string }): void;
  registerEventListener(l: { name: string; handler: (o: { entry: ImmutableLike }) => unknown }): void;
}

/** Decap hands entries and object values as Immutable.js structures. */
export interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): unknown;
}

export const plain = <T>(v: unknown): T => (v && typeof (v as ImmutableLike).toJS === 'function' ? (v as ImmutableLike).toJS() : v) as T;
