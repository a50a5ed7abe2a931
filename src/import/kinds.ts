/** The words departments (and 高德's POI types) use for a kind of place, mapped to SITE_KINDS. */
import { zhCN } from '../i18n/zh-CN.ts';
import type { ImportMessages } from '../pack/messages/import-zh.ts';
import { SITE_KINDS } from '../pack/schemas.ts';

type SiteKind = (typeof SITE_KINDS)[number];

const WORDS: Record<SiteKind, string[]> = {
  'red-heritage': ['革命旧址', '红色旧址', '旧址', '革命遗址', '红色遗址', '红色教育基地', '爱国主义教育基地', '党性教育基地', '党员教育基地', '红色地点'],
  // A hall or cemetery built to remember is not the old site itself (the 革命旧址 above).
  memorial: ['纪念馆', '革命纪念馆', '纪念场馆', '陈列馆', '纪念地', '烈士陵园', '陵园', '烈士纪念馆', '纪念堂', '纪念园'],
  'party-branch': ['党组织阵地', '联合党支部', '党支部', '党委', '党组织', '党建阵地'],
  'service-centre': ['党群服务中心', '党群服务站', '党群服务阵地', '服务中心', '服务站', '红色驿站', '党群驿站'],
  demonstration: ['党建示范点', '示范点', '示范路', '示范带', '示范基地'],
  town: ['镇', '乡', '乡镇', '街道', '镇街', '乡镇级地名'],
  village: ['村', '社区', '行政村', '村社区', '村庄', '村庄级地名'],
  park: ['公园', '郊野公园', '景区', '风景区', '公园景区', '景点', '风景名胜', '公园广场', '国家级景点', '省级景点', '森林公园'],
  industry: ['产业园区', '产业园', '园区', '科技城', '工业区', '开发区', '产业园区'],
  culture: [
    '文化地点',
    '老街',
    '文化场馆',
    '文化馆',
    '博物馆',
    '展览馆',
    '美术馆',
    '图书馆',
    '文化礼堂',
    '文化宫',
    '文物保护单位',
    '文保单位',
    '科教文化服务',
    '科教文化场所',
  ],
};

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');

const BUILT_IN = new Map<string, SiteKind>();
for (const kind of SITE_KINDS) {
  BUILT_IN.set(kind, kind);
  BUILT_IN.set(norm(zhCN.siteKinds[kind]), kind);
  for (const word of WORDS[kind]) BUILT_IN.set(norm(word), kind);
}

/**
 * The kind a word names (an id, the site's label, or a common word), or undefined. `extra` comes from --kinds.
 * 高德 writes a POI's type as big;middle;small (`风景名胜;纪念馆;纪念馆`): the most specific part that names a kind wins.
 */
export function kindOf(word: string, extra: ReadonlyMap<string, SiteKind> = new Map()): SiteKind | undefined {
  const key = norm(word);
  const whole = extra.get(key) ?? BUILT_IN.get(key);
  if (whole || !/[;；|]/.test(key)) return whole;
  for (const part of key.split(/[;；|]/).reverse()) {
    const kind = part ? (extra.get(part) ?? BUILT_IN.get(part)) : undefined;
    if (kind) return kind;
  }
  return undefined;
}

/** Whether a word was a 高德 type string, for the note that says how it was read. */
export const isTypeString = (word: string) => /[;；]/.test(word);

/**
 * The kind a word most likely means, for the --kinds flag a report suggests: the known word sharing the longest
 * run of characters with it (纪念碑 → 纪念馆 → memorial). Undefined when none shares two characters.
 */
export function likelyKind(word: string): SiteKind | undefined {
  const w =
    norm(word)
      .split(/[;；|]/)
      .pop() ?? '';
  let best: { kind: SiteKind; n: number } | undefined;
  for (const [known, kind] of BUILT_IN) {
    if (!/\p{Script=Han}/u.test(known)) continue;
    let n = 0;
    for (let i = 0; i < w.length; i++) for (let j = i + n + 1; j <= w.length; j++) if (known.includes(w.slice(i, j))) n = j - i;
    if (n >= 2 && (!best || n > best.n)) best = { kind, n };
  }
  return best?.kind;
}

/** `red-heritage 革命旧址, memorial 纪念场馆, …`: every kind with its Chinese name. */
export function kindList(): string {
  return SITE_KINDS.map((k) => `${k} ${zhCN.siteKinds[k]}`).join(', ');
}

/** `--kinds "景点=park,纪念碑=memorial"`, or the words of --folder-kind: word=kind pairs. */
export function parseKindPairs(value: string | undefined, option: string, m: ImportMessages): { map: Map<string, SiteKind> } | { error: string } {
  const map = new Map<string, SiteKind>();
  if (!value) return { map };
  for (const pair of value.split(/[,，]/)) {
    if (!pair.trim()) continue;
    const [word, kindWord] = pair.split('=').map((s) => s.trim());
    const kind = kindWord ? kindOf(kindWord) : undefined;
    if (!word || !kind) return { error: m.cli.badKindPair(option, pair, SITE_KINDS.join(', ')) };
    map.set(norm(word), kind);
  }
  return { map };
}
