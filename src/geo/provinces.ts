/**
 * China's 34 provincial-level units by their official full names, each with the short form people write when they
 * drop the 省/市/自治区 (浙江 for 浙江省). Source: 中华人民共和国民政部, 《中华人民共和国行政区划简册》 and the
 * list of provincial-level divisions in GB/T 2260 (中华人民共和国行政区划代码), with 台湾省 and the two 特别行政区.
 */

/** [full name, short form]; the short form is the full name without its administrative suffix. */
const PROVINCES: readonly (readonly [string, string])[] = [
  ['北京市', '北京'],
  ['天津市', '天津'],
  ['河北省', '河北'],
  ['山西省', '山西'],
  ['内蒙古自治区', '内蒙古'],
  ['辽宁省', '辽宁'],
  ['吉林省', '吉林'],
  ['黑龙江省', '黑龙江'],
  ['上海市', '上海'],
  ['江苏省', '江苏'],
  ['浙江省', '浙江'],
  ['安徽省', '安徽'],
  ['福建省', '福建'],
  ['江西省', '江西'],
  ['山东省', '山东'],
  ['河南省', '河南'],
  ['湖北省', '湖北'],
  ['湖南省', '湖南'],
  ['广东省', '广东'],
  ['广西壮族自治区', '广西'],
  ['海南省', '海南'],
  ['重庆市', '重庆'],
  ['四川省', '四川'],
  ['贵州省', '贵州'],
  ['云南省', '云南'],
  ['西藏自治区', '西藏'],
  ['陕西省', '陕西'],
  ['甘肃省', '甘肃'],
  ['青海省', '青海'],
  ['宁夏回族自治区', '宁夏'],
  ['新疆维吾尔自治区', '新疆'],
  ['台湾省', '台湾'],
  ['香港特别行政区', '香港'],
  ['澳门特别行政区', '澳门'],
];

export const PROVINCE_NAMES: readonly string[] = PROVINCES.map(([full]) => full);

const FULL = new Set(PROVINCE_NAMES);
const BY_SHORT = new Map(PROVINCES.map(([full, short]) => [short, full]));

export type ProvinceName = { full: string; short: boolean };

/** The full name a province is written as, and whether it was written short; undefined for a name that is neither. */
export function provinceName(written: string): ProvinceName | undefined {
  const name = written.trim();
  if (FULL.has(name)) return { full: name, short: false };
  const full = BY_SHORT.get(name);
  return full ? { full, short: true } : undefined;
}

/** The name to compare provinces by: the full name when it is one, the text as written otherwise. */
export function provinceKey(written: string): string {
  return provinceName(written)?.full ?? written.trim();
}
