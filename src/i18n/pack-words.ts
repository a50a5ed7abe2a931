/**
 * The words of the interface that belong to a pack, not to the portal: what its partnerships are called, its belt, its
 * border, the search examples. astro.config.ts works them out from the pack (src/pack/words.ts) and defines them
 * for the server and the browser alike, so another region's site carries none of the default pack's words; code that
 * runs outside a build (unit tests, the import tool) gets the neutral ones below.
 */
export interface PackWords {
  /** The partnerships collection, in the menu and as its list's title. */
  partnerships: string;
  partnershipsLead: string;
  /** The stories collection, in the menu and as its list's title. */
  stories: string;
  storiesLead: string;
  /** The belt layer on the map. */
  belt: string;
  /** The border line in the map's legend. */
  border: string;
  transitLead: string;
  /** A pinyin query and an initials query that find something in the pack. */
  searchPinyin: string;
  searchInitials: string;
}

export interface PackWordsByLang {
  zh: PackWords;
  en: PackWords;
}

/** For a pack that names nothing itself: true of any region. */
export const NEUTRAL_WORDS: PackWordsByLang = {
  zh: {
    partnerships: '联建合作',
    partnershipsLead: '跨区域党建合作的框架与联盟。',
    stories: '大事记',
    storiesLead: '跨区域党建的重要事件与文章，按时间排列。',
    belt: '示范带',
    border: '省界',
    transitLead: '跨越省界的公交线路。',
    searchPinyin: 'dangjian',
    searchInitials: 'dj',
  },
  en: {
    partnerships: 'Partnerships',
    partnershipsLead: 'Frameworks and alliances of cross-regional Party building.',
    stories: 'Timeline',
    storiesLead: 'Key events and articles of cross-regional Party building, in order of date.',
    belt: 'Demonstration belt',
    border: 'Provincial border',
    transitLead: 'Bus lines that cross a provincial border.',
    searchPinyin: 'dangjian',
    searchInitials: 'dj',
  },
};

declare const __PACK_WORDS__: PackWordsByLang | undefined;

export const PACK_WORDS: PackWordsByLang = typeof __PACK_WORDS__ === 'object' && __PACK_WORDS__ ? __PACK_WORDS__ : NEUTRAL_WORDS;
