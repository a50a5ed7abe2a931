/** Below this width the page is a phone's: the folded header, the map's sheet (the header in layouts/Base.astro and the /map/ page's style say the same). */
export const PHONE_QUERY = '(max-width: 43.75rem)';
