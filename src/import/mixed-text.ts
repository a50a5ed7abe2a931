/** Sentences put together from Chinese words and names that may be Latin: 由 Caltrain 运营, 位于 California. */

const LATIN_END = /[\p{Script=Latin}0-9)]$/u;
const LATIN_START = /^[\p{Script=Latin}0-9(]/u;
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

/** Joins the parts, with a space only where a Latin name meets a Chinese character. */
export function mixedText(...parts: string[]): string {
  let out = '';
  for (const part of parts.filter(Boolean)) {
    const space = (LATIN_END.test(out) && HAN_START.test(part)) || (HAN_END.test(out) && LATIN_START.test(part));
    out += space ? ` ${part}` : part;
  }
  return out;
}
