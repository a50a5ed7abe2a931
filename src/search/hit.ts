/** One search result, as the header box and the search page show it (read from Pagefind by client/pagefind.ts). */
export interface Hit {
  url: string;
  title: string;
  /** Kind and region of a site, or the line under the title for other entries. */
  sub: string;
  /** Collection of the entry. */
  type: string;
  excerpt: string;
  /** Title syllables for highlighting a pinyin match. */
  pyt: string;
  en?: string;
  /** Words naming the entry's type, kind or border crossing (the `cat` field). */
  cat: string;
}
