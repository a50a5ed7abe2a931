/**
 * Spreadsheet headers to entry fields. Departments write 名称, 经度, 纬度; GIS exports write name, lng, lat;
 * our own /data/sites.csv writes the CSV_COLUMNS names. All of them land on the same fields.
 */

import { REGION_COLUMNS } from '../data/sites-export.ts';
import type { ImportMessages } from '../pack/messages/import-zh.ts';

export const FIELDS = [
  'id',
  'title',
  'titleEn',
  'kind',
  'lon',
  'lat',
  'coordinates',
  'crs',
  'precision',
  ...REGION_COLUMNS,
  'address',
  'opening',
  'booking',
  'summary',
  'summaryEn',
  'body',
  'themes',
  'partnerships',
  'sources',
] as const;
export type Field = (typeof FIELDS)[number];

/** Header words per field, compared after normalise(). English names include the CSV_COLUMNS of the export. */
const ALIASES: Record<Field, string[]> = {
  id: ['id', '标识'],
  title: ['title', 'name', '名称', '名字', '地点', '地点名称', '站点名称', '标题', '点位名称'],
  titleEn: ['titleen', 'title_en', 'name_en', 'english', '英文名', '英文名称'],
  kind: ['kind', 'type', 'category', '类型', '类别', '分类', '种类'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x', '经度', '东经'],
  lat: ['lat', 'latitude', 'y', '纬度', '北纬'],
  coordinates: ['coordinates', 'coords', 'lnglat', 'lonlat', '坐标', '经纬度'],
  crs: ['crs', '坐标系'],
  precision: ['precision', '精度', '坐标精度', '定位精度'],
  province: ['province', '省', '省份', '省级'],
  city: ['city', '市', '地级市', '城市'],
  county: ['county', 'district', '区县', '县区', '县', '区', '县市区', '区县市', '县(市、区)', '县(市区)'],
  town: ['town', '镇', '乡镇', '街道', '镇街', '乡镇街道', '镇街道', '镇(街道)', '乡镇(街道)', '镇/街道', '乡镇/街道'],
  village: ['village', '村', '社区', '村社区', '村居', '村(社区)', '村/社区', '行政村'],
  province_2: ['province_2', '省2'],
  city_2: ['city_2', '市2'],
  county_2: ['county_2', '区县2'],
  town_2: ['town_2', '镇2', '乡镇2'],
  village_2: ['village_2', '村2', '社区2'],
  address: ['address', 'addr', '地址', '详细地址', '具体位置', '位置'],
  opening: ['opening', 'hours', 'opening_hours', '开放时间', '开放时段', '参观时间', '开馆时间'],
  // An office lists a phone number where the pages say how to book a visit.
  booking: ['booking', '预约', '预约方式', '联系电话', '电话', '联系方式', '预约电话', '咨询电话', 'tel', 'phone'],
  summary: ['summary', 'description', 'desc', '简介', '摘要', '说明', '描述', '概况', '基本情况'],
  summaryEn: ['summaryen', 'summary_en', '英文简介'],
  body: ['body', 'story', '正文', '详细介绍', '介绍'],
  themes: ['themes', 'tags', '主题', '标签'],
  partnerships: ['partnerships', '合作', '所属合作'],
  sources: ['sources', 'source', '来源', '资料来源', '出处', '数据来源'],
};

/** Lowercase, no spaces, full-width forms folded, a trailing "(单位)" dropped: 经度（WGS84） → 经度. */
export function normaliseHeader(header: string): string {
  const folded = header
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '');
  return folded.replace(/\(.*\)$|\[.*\]$/, '') || folded;
}

const LOOKUP = new Map<string, Field>();
for (const field of FIELDS) for (const alias of ALIASES[field]) LOOKUP.set(normaliseHeader(alias), field);

export interface HeaderMap {
  /** Column index per field. */
  columns: Partial<Record<Field, number>>;
  /** Headers matching no field: reported once, their cells are not imported. */
  ignored: string[];
  /** Fields named by two columns: the first wins, the second is reported. */
  doubled: { header: string; field: Field; first: string }[];
}

/**
 * `--map "站点=title,X坐标=lon"` names columns the aliases do not know.
 * Returns the extra aliases, or an error naming the bad pair.
 */
export function parseMapOption(value: string | undefined, m: ImportMessages): { map: Map<string, Field> } | { error: string } {
  const map = new Map<string, Field>();
  if (!value) return { map };
  for (const pair of value.split(/[,，]/)) {
    if (!pair.trim()) continue;
    const [header, field] = pair.split('=').map((s) => s.trim());
    if (!header || !field || !(FIELDS as readonly string[]).includes(field)) {
      return { error: m.cli.badMap(pair, FIELDS) };
    }
    map.set(normaliseHeader(header), field as Field);
  }
  return { map };
}

export function mapHeaders(headers: readonly string[], extra: ReadonlyMap<string, Field> = new Map()): HeaderMap {
  const columns: Partial<Record<Field, number>> = {};
  const ignored: string[] = [];
  const doubled: HeaderMap['doubled'] = [];
  headers.forEach((raw, i) => {
    const key = normaliseHeader(raw);
    if (!key) return;
    // 所在镇（街道）, 所属村: the office's way of saying which town or village the place is in.
    const field = extra.get(key) ?? LOOKUP.get(key) ?? LOOKUP.get(key.replace(/^(所在|所属)/, ''));
    if (!field) {
      ignored.push(raw.trim());
      return;
    }
    if (columns[field] !== undefined) {
      doubled.push({ header: raw.trim(), field, first: headers[columns[field] as number]?.trim() ?? '' });
      return;
    }
    columns[field] = i;
  });
  return { columns, ignored, doubled };
}

/** A row as field → trimmed text; empty cells are left out. */
export function recordOf(cells: readonly unknown[], columns: HeaderMap['columns']): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const [field, index] of Object.entries(columns) as [Field, number][]) {
    const text = cellText(cells[index]);
    if (text) out[field] = text;
  }
  return out;
}

/** Spreadsheet cells are strings, numbers, booleans or dates; all become text, trimmed. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}
