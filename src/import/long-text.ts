/**
 * A 简介 longer than the summary limit is the entry's story, not its summary: the whole text goes to the body and
 * its first sentence becomes the summary, so nothing the office wrote is lost (KML balloons are read the same way).
 */

export const SUMMARY_MAX = 300;

/** The first sentence of a text, at most `max` characters (cut at a comma, else at `max`, and marked with …). */
export function firstSentence(text: string, max = SUMMARY_MAX): string {
  const one =
    text
      .trim()
      .split(/\n\s*\n|\n/)[0]
      ?.trim() ?? '';
  const end = /^[\s\S]*?[。！？!?](?:[”」』）)"]*)/u.exec(one)?.[0] ?? one;
  const chars = [...end];
  if (chars.length <= max) return end;
  const cut = chars.slice(0, max - 1).join('');
  const comma = Math.max(...['，', '；', '、', ',', ';'].map((c) => cut.lastIndexOf(c)));
  return `${comma > max / 2 ? cut.slice(0, comma) : cut}…`;
}

export interface SplitText {
  summary?: string;
  body?: string;
  /** Whether the summary was too long and moved to the body. */
  moved: boolean;
}

/** The summary and body of a row or placemark: a long summary goes to the body, before any body of its own. */
export function splitLongSummary(summary: string | undefined, body: string | undefined, max = SUMMARY_MAX): SplitText {
  if (!summary || [...summary].length <= max) return { ...(summary ? { summary } : {}), ...(body ? { body } : {}), moved: false };
  return { summary: firstSentence(summary, max), body: body ? `${summary.trim()}\n\n${body.trim()}` : summary.trim(), moved: true };
}
