/** The pack's messages by language: Chinese unless the pack, or `--lang en`, asks for English. */
import { en } from './en.ts';
import { type PackMessages, zh } from './zh.ts';

export type { Said } from './said.ts';
export type { PackMessages };

/** `lang` as pack.yaml or the command line give it (`zh-CN`, `en`, `en-GB` …). */
export function packMessages(lang: string | undefined): PackMessages {
  return lang?.toLowerCase().startsWith('en') ? en : zh;
}

export { en, zh };
