/** The words departments use for a kind of place, mapped to SITE_KINDS. */
import { zhCN } from '../i18n/zh-CN.ts';
import { SITE_KINDS } from '../pack/schemas.ts';

type SiteKind = (typeof SITE_KINDS)[number];

const WORDS: Record<SiteKind, string[]> = {
  'red-heritage': [
    '革命旧址',
    '红色旧址',
    '旧址',
    '革命遗址',
    '红色遗址',
    '红色教育基地',
    '爱国主义教育基地',
    '纪念馆',
    '革命纪念馆',
    '纪念地',
    '烈士陵园',
    '红色地点',
  ],
  'party-branch': ['党组织阵地', '联合党支部', '党支部', '党委', '党组织', '党建阵地'],
  'service-centre': ['党群服务中心', '党群服务站', '党群服务阵地', '服务中心', '服务站'],
  demonstration: ['党建示范点', '示范点', '示范路', '示范带', '示范基地'],
  town: ['镇', '乡', '乡镇', '街道', '镇街'],
  village: ['村', '社区', '行政村', '村社区'],
  park: ['公园', '郊野公园', '景区', '风景区', '公园景区', '景点'],
  industry: ['产业园区', '产业园', '园区', '科技城', '工业区', '开发区'],
  culture: ['文化地点', '老街', '文化场馆', '文化馆', '博物馆', '展览馆', '图书馆', '文化礼堂'],
};

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');

const BUILT_IN = new Map<string, SiteKind>();
for (const kind of SITE_KINDS) {
  BUILT_IN.set(kind, kind);
  BUILT_IN.set(norm(zhCN.siteKinds[kind]), kind);
  for (const word of WORDS[kind]) BUILT_IN.set(norm(word), kind);
}

/** The kind a word names (an id, the site's label, or a common word), or undefined. `extra` comes from --kinds. */
export function kindOf(word: string, extra: ReadonlyMap<string, SiteKind> = new Map()): SiteKind | undefined {
  const key = norm(word);
  return extra.get(key) ?? BUILT_IN.get(key);
}

/** `--kinds "景点=park,纪念碑=red-heritage"`, or the words of --folder-kind: word=kind pairs. */
export function parseKindPairs(value: string | undefined, option: string): { map: Map<string, SiteKind> } | { error: string } {
  const map = new Map<string, SiteKind>();
  if (!value) return { map };
  for (const pair of value.split(/[,，]/)) {
    if (!pair.trim()) continue;
    const [word, kindWord] = pair.split('=').map((s) => s.trim());
    const kind = kindWord ? kindOf(kindWord) : undefined;
    if (!word || !kind) return { error: `${option} "${pair}": write word=kind, where kind is one of ${SITE_KINDS.join(', ')} (or its Chinese name)` };
    map.set(norm(word), kind);
  }
  return { map };
}

export const KIND_HINT = `use one of ${SITE_KINDS.map((k) => `${k} ${zhCN.siteKinds[k]}`).join(', ')}, add the word with --kinds word=kind, or give a default with --kind`;
