/**
 * China's 34 provincial-level units, in the order of their GB/T 2260 codes (the order names such as 京津冀 are written
 * in): the official full name, the short form people write when they drop 省/市/自治区 (浙江 for 浙江省), the
 * one-character 简称 a border is named by (苏浙) and the English name. Source: 中华人民共和国民政部
 * 《中华人民共和国行政区划简册》 (the first 简称 where it lists two, e.g. 贵州省 黔 or 贵) and GB/T 2260
 * (中华人民共和国行政区划代码), with 台湾省 and the two 特别行政区.
 */
const PROVINCES: readonly (readonly [full: string, short: string, abbr: string, en: string])[] = [
  ['北京市', '北京', '京', 'Beijing'],
  ['天津市', '天津', '津', 'Tianjin'],
  ['河北省', '河北', '冀', 'Hebei'],
  ['山西省', '山西', '晋', 'Shanxi'],
  ['内蒙古自治区', '内蒙古', '蒙', 'Inner Mongolia'],
  ['辽宁省', '辽宁', '辽', 'Liaoning'],
  ['吉林省', '吉林', '吉', 'Jilin'],
  ['黑龙江省', '黑龙江', '黑', 'Heilongjiang'],
  ['上海市', '上海', '沪', 'Shanghai'],
  ['江苏省', '江苏', '苏', 'Jiangsu'],
  ['浙江省', '浙江', '浙', 'Zhejiang'],
  ['安徽省', '安徽', '皖', 'Anhui'],
  ['福建省', '福建', '闽', 'Fujian'],
  ['江西省', '江西', '赣', 'Jiangxi'],
  ['山东省', '山东', '鲁', 'Shandong'],
  ['河南省', '河南', '豫', 'Henan'],
  ['湖北省', '湖北', '鄂', 'Hubei'],
  ['湖南省', '湖南', '湘', 'Hunan'],
  ['广东省', '广东', '粤', 'Guangdong'],
  ['广西壮族自治区', '广西', '桂', 'Guangxi'],
  ['海南省', '海南', '琼', 'Hainan'],
  ['重庆市', '重庆', '渝', 'Chongqing'],
  ['四川省', '四川', '川', 'Sichuan'],
  ['贵州省', '贵州', '黔', 'Guizhou'],
  ['云南省', '云南', '滇', 'Yunnan'],
  ['西藏自治区', '西藏', '藏', 'Tibet'],
  ['陕西省', '陕西', '陕', 'Shaanxi'],
  ['甘肃省', '甘肃', '甘', 'Gansu'],
  ['青海省', '青海', '青', 'Qinghai'],
  ['宁夏回族自治区', '宁夏', '宁', 'Ningxia'],
  ['新疆维吾尔自治区', '新疆', '新', 'Xinjiang'],
  ['台湾省', '台湾', '台', 'Taiwan'],
  ['香港特别行政区', '香港', '港', 'Hong Kong'],
  ['澳门特别行政区', '澳门', '澳', 'Macao'],
];

export const PROVINCE_NAMES: readonly string[] = PROVINCES.map(([full]) => full);

const BY_FULL = new Map(PROVINCES.map(([full, , abbr, en], order) => [full, { abbr, en, order }]));
const BY_SHORT = new Map(PROVINCES.map(([full, short]) => [short, full]));

export type ProvinceName = { full: string; short: boolean };

/** The full name a province is written as, and whether it was written short; undefined for a name that is neither. */
export function provinceName(written: string): ProvinceName | undefined {
  const name = written.trim();
  if (BY_FULL.has(name)) return { full: name, short: false };
  const full = BY_SHORT.get(name);
  return full ? { full, short: true } : undefined;
}

/** The name to compare provinces by: the full name when it is one, the text as written otherwise. */
export function provinceKey(written: string): string {
  return provinceName(written)?.full ?? written.trim();
}

/** Provincial-level units in the order of their codes (北京市, 天津市, 河北省 …); names not in the list go last. */
export function inCodeOrder(provinces: Iterable<string>): string[] {
  return [...new Set(provinces)].sort((a, b) => (BY_FULL.get(a)?.order ?? 99) - (BY_FULL.get(b)?.order ?? 99));
}

/** More names than this make a run of 简称 nobody reads as one border (the default pack spans eight provinces). */
export const MAX_NAMED = 3;

export interface BorderName {
  zh: string;
  en: string;
}

/**
 * The border between these provincial-level units (full names, as `provinceKey` gives them): 京津冀省界 /
 * Beijing–Tianjin–Hebei border. 省界 is the word for the line between any two provincial-level units, municipalities
 * included (省级行政区域界线, as in 京冀省界). Fewer than two, more than MAX_NAMED or a name not in the list: undefined.
 */
export function borderName(provinces: Iterable<string>): BorderName | undefined {
  const known = inCodeOrder(provinces);
  if (known.length < 2 || known.length > MAX_NAMED || known.some((p) => !BY_FULL.has(p))) return undefined;
  const names = known.map((p) => BY_FULL.get(p) as { abbr: string; en: string });
  return { zh: names.map((n) => n.abbr).join(''), en: names.map((n) => n.en).join('–') };
}
