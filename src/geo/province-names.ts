/**
 * What a border between provincial-level units is called: the one-character 简称 the names are joined by (京津冀,
 * 苏浙) and the English name. 简称 from 中华人民共和国民政部《中华人民共和国行政区划简册》 (the first one where it
 * lists two, e.g. 贵州省 黔 or 贵); order is that of GB/T 2260 codes, the order such names are written in (京津冀).
 */
const NAMES: readonly (readonly [full: string, abbr: string, en: string])[] = [
  ['北京市', '京', 'Beijing'],
  ['天津市', '津', 'Tianjin'],
  ['河北省', '冀', 'Hebei'],
  ['山西省', '晋', 'Shanxi'],
  ['内蒙古自治区', '蒙', 'Inner Mongolia'],
  ['辽宁省', '辽', 'Liaoning'],
  ['吉林省', '吉', 'Jilin'],
  ['黑龙江省', '黑', 'Heilongjiang'],
  ['上海市', '沪', 'Shanghai'],
  ['江苏省', '苏', 'Jiangsu'],
  ['浙江省', '浙', 'Zhejiang'],
  ['安徽省', '皖', 'Anhui'],
  ['福建省', '闽', 'Fujian'],
  ['江西省', '赣', 'Jiangxi'],
  ['山东省', '鲁', 'Shandong'],
  ['河南省', '豫', 'Henan'],
  ['湖北省', '鄂', 'Hubei'],
  ['湖南省', '湘', 'Hunan'],
  ['广东省', '粤', 'Guangdong'],
  ['广西壮族自治区', '桂', 'Guangxi'],
  ['海南省', '琼', 'Hainan'],
  ['重庆市', '渝', 'Chongqing'],
  ['四川省', '川', 'Sichuan'],
  ['贵州省', '黔', 'Guizhou'],
  ['云南省', '滇', 'Yunnan'],
  ['西藏自治区', '藏', 'Tibet'],
  ['陕西省', '陕', 'Shaanxi'],
  ['甘肃省', '甘', 'Gansu'],
  ['青海省', '青', 'Qinghai'],
  ['宁夏回族自治区', '宁', 'Ningxia'],
  ['新疆维吾尔自治区', '新', 'Xinjiang'],
  ['台湾省', '台', 'Taiwan'],
  ['香港特别行政区', '港', 'Hong Kong'],
  ['澳门特别行政区', '澳', 'Macao'],
];

const ORDER = new Map(NAMES.map(([full], i) => [full, i]));
const BY_FULL = new Map(NAMES.map(([full, abbr, en]) => [full, { abbr, en }]));

/** Provincial-level units in the order of their codes (北京市, 天津市, 河北省 …); names not in the list go last. */
export function inCodeOrder(provinces: Iterable<string>): string[] {
  return [...new Set(provinces)].sort((a, b) => (ORDER.get(a) ?? 99) - (ORDER.get(b) ?? 99));
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
