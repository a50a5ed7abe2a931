/**
 * Every sentence `npm run check`, the build guard and the importer say about a pack, in Chinese: the words of the
 * town and district offices that write packs. src/pack/messages/en.ts has the same shape, which tsc holds it to.
 * Each entry returns what is wrong (`message`) and, where there is one, what to do (`hint`).
 */
import { importZh } from './import-zh.ts';
import type { Said } from './said.ts';

const list = (items: readonly string[]) => items.join('、');
const TYPES: Record<string, string> = {
  string: '一段文字',
  number: '一个数字',
  boolean: 'true 或 false',
  array: '一个列表（每项一行，以“- ”开头）',
  object: '一组“字段: 值”',
  null: '空值',
  undefined: '空值',
};
const typeName = (t: string) => TYPES[t] ?? t;
const REMAKE_ZH = '用 pmtiles extract 从 protomaps 的每日构建重新导出（见 README“The offline basemap”）';
const GEO_FIX = '用 geojson.io 或 QGIS 打开这个文件，改正后重新导出为 GeoJSON';
const ENCODINGS: Record<string, string> = {
  gb18030: 'GBK/GB18030（Windows 记事本的“ANSI”）',
  'utf-16le': 'UTF-16（记事本的“Unicode”）',
  'utf-16be': 'UTF-16 BE（记事本的“Unicode big endian”）',
};
/** What to write in Markdown instead of a tag writers paste from Word or a web page. */
const MARKDOWN_FOR_ZH: Record<string, string> = {
  img: '图片用 Markdown 写：![说明](图片地址)',
  a: '链接用 Markdown 写：[文字](https://…)',
  strong: '加粗用 **文字**',
  b: '加粗用 **文字**',
  em: '强调用 *文字*',
  p: '段落之间空一行即可',
  div: '段落之间空一行即可',
  span: '直接写文字即可',
  font: '直接写文字即可，字体由网站决定',
};
const maybe = (suggestion: string | undefined) => (suggestion ? `是不是“${suggestion}”？` : '');

export const zh = {
  lang: 'zh',
  summary: {
    invalid: (count: number, root: string, counts: string) => `${root} 里的内容包有 ${count} 个问题（${counts}）。改正后再运行 npm run check。`,
    valid: (root: string, counts: string, geometries: number, layers: number, warnings: number) =>
      `内容包 ${root} ${warnings ? `没有错误，但有 ${warnings} 条警告（见上，请逐条核对）` : '没有问题'}：${counts}，${geometries} 组几何图形，${layers} 个底图图层。`,
    note: '说明',
    devBroken: (count: number) => `内容包有 ${count} 个问题，修正后保存文件，再刷新本页。`,
    devBrokenTitle: '内容包有问题',
    devReloaded: (counts: string) => `内容包已重新读取：${counts}`,
    warning: '警告',
    buildFailed: (count: number) => `内容包有 ${count} 个问题，网站没有生成。改正后再运行 npm run build（npm run check 只做检查，更快）。`,
    count: (collection: string, n: number) =>
      `${({ sites: '站点', routes: '线路', belts: '示范带', transit: '公交', partnerships: '联建', stories: '故事', people: '人物' } as Record<string, string>)[collection] ?? collection} ${n}`,
    listSeparator: '，',
  },
  files: {
    noConfig: (root: string): Said => ({
      message: `${root} 里没有 pack.yaml`,
      hint: '每个内容包都要有配置文件 pack.yaml：见 README“The content pack”',
    }),
    noContentFolder: (dir: string): Said => ({ message: `内容文件夹 ${dir} 不存在`, hint: '新建这个文件夹，或改正 pack.yaml 里的 paths.content' }),
    outsideCollection: (collections: readonly string[]): Said => ({
      message: '文件不在任何栏目文件夹里',
      hint: `把它移进 ${list(collections)} 之一的文件夹`,
    }),
    unknownCollection: (name: string, collections: readonly string[], suggestion?: string): Said => ({
      message: `未知的栏目文件夹“${name}”`,
      hint: `${maybe(suggestion)}文件夹名只能是 ${list(collections)} 之一`,
    }),
    notMarkdown: (): Said => ({ message: '不是 Markdown 条目', hint: '条目是 .md 文件：改成 .md 扩展名，或把它移出这个文件夹' }),
    badId: (id: string): Said => ({
      message: `文件名“${id}”不能用作条目编号`,
      hint: '文件名用小写拼音或英文单词，以连字符相连，例如 shantang-cun.md',
    }),
    duplicateId: (other: string): Said => ({ message: `编号重复：${other} 的文件名与它相同`, hint: '给其中一个改名' }),
    notAMapping: (): Said => ({ message: '开头的字段区必须是一行行“字段: 值”', hint: '对照 README 里的条目例子改写' }),
    basemapMissing: (file: string, geo: string): Said => ({ message: `底图文件 ${file} 不存在`, hint: `把它放到 ${geo}/ 下，或改正路径` }),
    notGeoJson: (pmtiles: boolean): Said => ({
      message: '不是 GeoJSON 文件',
      hint: pmtiles
        ? 'PMTiles 底图要在 pack.yaml 里写成 basemap.pmtiles.file（见 README“The offline basemap”），或把它移出'
        : 'geo/ 里只放 .geojson 文件：先转换（npm run import），或把它移出',
    }),
    featureWithoutEntry: (): Said => ({
      message: '要素没有注明它属于哪个条目',
      hint: '把 properties.entry 设为“栏目/编号”，例如 "routes/hongse-jiyi"；或在 pack.yaml 里把这个文件列为底图图层',
    }),
    featureUnknownEntry: (ref: string): Said => ({ message: `要素指向“${ref}”，内容包里没有这个条目`, hint: '改正引用，或添加这个条目' }),
    jsonSyntax: (line: number, column: number, what: string): Said => ({
      message: `JSON 格式错误（第 ${line} 行第 ${column} 列）：${what}`,
      hint: '在这一行前后找漏掉或多出的逗号、引号、括号；可以用 geojson.io 打开文件核对',
    }),
    json: {
      propertyName: '这里应当是加了双引号的属性名',
      commaOrEnd: '这里缺逗号或右括号',
      end: '文件在结构结束前就断了',
      token: '这里有不该出现的字符',
      string: '字符串没有结束，或里面有换行',
      other: '读不懂这里',
    },
  },
  points: {
    swapped: (lon: number, lat: number): Said => ({
      message: `经度和纬度好像写反了：(${lon}, ${lat}) 超出范围，而 (${lat}, ${lon}) 在服务范围内`,
      hint: '把 lon 和 lat 的值对调',
    }),
    converted: (label: string, from: readonly number[], to: readonly number[]): Said => ({
      message: `已从 ${label} (${from.join(', ')}) 换算为 WGS-84 (${to.join(', ')})`,
    }),
    outsideArea: (lon: number, lat: number, area: readonly number[]): Said => ({
      message: `坐标 (${lon}, ${lat}) 在内容包的服务范围 [${area.join(', ')}] 之外`,
      hint: '核对坐标，或在 pack.yaml 里扩大 serviceArea',
    }),
  },
  yaml: {
    noFrontmatter: (): Said => ({ message: '没有字段区：文件的第一行必须是“---”', hint: '在文件开头加一行 ---，写完字段后再加一行 ---' }),
    unclosedFrontmatter: (): Said => ({ message: '字段区没有结束', hint: '在最后一个字段后加一行 ---，正文写在它下面' }),
    fullWidthColon: (): Said => ({
      message: '这一行用了全角冒号“：”，读不出字段名',
      hint: '字段名后要用半角冒号加一个空格，例如 title: 山塘村',
    }),
    colonInFlow: (): Said => ({
      message: '花括号 { … } 里的值含有冒号，读不懂',
      hint: '给含冒号的值加上引号，例如 precision: "approximate: 村中心"',
    }),
    colonInValue: (): Said => ({
      message: '值里含有“冒号加空格”，被当成了又一个字段',
      hint: '给整个值加上引号，例如 precision: "approximate: 村中心"',
    }),
    duplicateKey: (): Said => ({ message: '同一个字段写了两次', hint: '删去其中一个' }),
    tab: (): Said => ({ message: '用了制表符（Tab）缩进', hint: '改用空格缩进，同一层的字段对齐' }),
    indent: (): Said => ({ message: '缩进不对', hint: '同一层的字段要左端对齐，下一层多缩进两个空格；方括号 [ ] 要在同一行闭合' }),
    missingChar: (): Said => ({ message: '引号或括号没有闭合', hint: '在值的末尾补上对应的 " 或 ] 或 }' }),
    badStart: (): Said => ({ message: '值以保留字符开头（如 @ ` % & *）', hint: '给这个值加上引号' }),
    multiline: (): Said => ({ message: '一个字段要写在一行里：这一行读不出“字段: 值”', hint: '检查冒号是不是半角、冒号后有没有空格、上一行的引号是否闭合' }),
    other: (code: string): Said => ({ message: `YAML 格式有误（${code}）`, hint: '对照 README 里的例子检查这一行；含冒号、# 或引号的值要加引号' }),
  },
  fields: {
    unknownField: (key: string, allowed?: readonly string[], suggestion?: string): Said => ({
      message: `未知字段“${key}”`,
      hint: suggestion ? `是不是“${suggestion}”？改正拼写，或删去它` : allowed ? `删去它，或改用这些字段之一：${allowed.join(', ')}` : '删去它，或检查拼写',
    }),
    unknownValue: (value: string, allowed: readonly string[], suggestion?: string): Said => ({
      message: `未知的值 ${value}`,
      hint: `${maybe(suggestion)}改用这些值之一：${allowed.join(', ')}`,
    }),
    missing: (expected: string): Said => ({ message: '缺少必填字段', hint: `添上${typeName(expected)}` }),
    missingChoice: (allowed: readonly string[]): Said => ({ message: '缺少必填字段', hint: `写上这些值之一：${allowed.join(', ')}` }),
    blank: (): Said => ({ message: '只有空格，没有文字', hint: '写上内容（选填的字段也可以整行删去）' }),
    wrongType: (expected: string, received: string): Said => ({
      message: `应当是${typeName(expected)}，这里是${typeName(received)}`,
      hint: `改写成${typeName(expected)}；对照 README 里这个字段的例子`,
    }),
    listGivenMapping: (field: string): Said => ({
      message: `${field} 应当是一个列表，这里只写了一组字段`,
      hint: `在每一组的第一个字段前加“- ”，例如 ${field}:↵  - province: 浙江省↵    city: 嘉兴市`,
    }),
    pointGivenText: (field: string): Said => ({
      message: `${field} 应当是一组字段（lon、lat、precision），这里是一段文字`,
      hint: `写成 ${field}: { lon: 121.05, lat: 30.66, precision: survey }（经度在前，纬度在后）`,
    }),
    tooFewItems: (n: number, field: string): Said => ({
      message: `至少要有 ${n} 项`,
      hint: field === 'sources' ? '每条内容都要注明来源：写上 pack.yaml 里 sources: 下的键名，例如 sources: [seed-002]' : `添到 ${n} 项`,
    }),
    tooManyItems: (n: number): Said => ({ message: `不能多于 ${n} 项`, hint: `删到 ${n} 项以内` }),
    empty: (): Said => ({ message: '不能为空', hint: '写上内容' }),
    tooShort: (n: number): Said => ({ message: `至少要 ${n} 个字`, hint: '写得完整一些' }),
    tooLong: (n: number): Said => ({ message: `不能超过 ${n} 个字`, hint: '写得短一些；详细内容放进正文' }),
    atLeast: (n: number, found: string): Said => ({ message: `必须 ≥ ${n}，这里是 ${found}`, hint: '核对这个数' }),
    atMost: (n: number, found: string): Said => ({ message: `必须 ≤ ${n}，这里是 ${found}`, hint: '核对这个数；纬度不超过 90，经度不超过 180' }),
    rules: {
      id: { message: '只能用小写字母、数字和连字符', hint: '例如 shantang-cun' },
      precision: {
        message: '必须是 "survey"（实测）或 "approximate: <这个点代表什么>"（估计的位置）',
        hint: '从地图上估读的坐标写 precision: "approximate: 村委会"（要加引号）',
      },
      date: { message: '日期要写成 YYYY、YYYY-MM 或 YYYY-MM-DD', hint: '例如 2017、2017-08 或 2017-08-17' },
      colour: { message: '颜色要写成 #rrggbb', hint: '例如 #c8102e' },
      pinyin: { message: '只能是小写拼音字母，不带声调和空格', hint: '例如 searchPinyin: shantang' },
      serviceArea: { message: '要写成 [西, 南, 东, 北] 四个数，且西 < 东、南 < 北', hint: '例如 serviceArea: [120.5, 30.4, 122.0, 31.3]' },
    } as Record<string, Said>,
    other: (detail: string): Said => ({ message: `写法不对：${detail}`, hint: '对照 README 里这个字段的例子' }),
  },
  geojson: {
    notObject: (): Said => ({ message: '不是 GeoJSON 对象', hint: '文件最外层要是 { "type": "FeatureCollection", "features": [ … ] }' }),
    crsConverted: (label: string): Said => ({ message: `坐标已从 ${label} 换算为 WGS-84` }),
    unknownCrs: (value: string, values: readonly string[]): Said => ({
      message: `未知的坐标系 ${value}`,
      hint: `改用 ${values.join(', ')} 之一；WGS-84 坐标不写 crs`,
    }),
    noFeatures: (): Said => ({ message: 'FeatureCollection 要有一个 "features" 数组', hint: GEO_FIX }),
    notFeatureOrCollection: (type: string): Said => ({
      message: `type ${type} 不是 Feature 或 FeatureCollection`,
      hint: '把几何图形放进 Feature 里，每个 Feature 才能注明它属于哪个条目',
    }),
    notFeature: (): Said => ({ message: '不是 Feature', hint: GEO_FIX }),
    badProperties: (): Said => ({ message: 'properties 必须是对象或 null', hint: GEO_FIX }),
    noGeometry: (): Said => ({ message: '要素没有几何图形', hint: '给它加上 geometry，或删去这个要素' }),
    windingFixed: (): Said => ({ message: '多边形的环绕方向已按 RFC 7946 改正（外环逆时针）' }),
    geometryNotObject: (): Said => ({ message: 'geometry 必须是对象或 null', hint: GEO_FIX }),
    unknownGeometry: (type: string, types: readonly string[]): Said => ({ message: `未知的几何类型 ${type}`, hint: `改用 ${types.join(', ')} 之一` }),
    noGeometries: (): Said => ({ message: 'GeometryCollection 要有一个 "geometries" 数组', hint: GEO_FIX }),
    positionsArray: (): Said => ({ message: 'coordinates 必须是坐标点的数组', hint: GEO_FIX }),
    lineTooShort: (n: number): Said => ({ message: `LineString 至少要有 2 个坐标点，这里有 ${n} 个`, hint: '补上线的其余坐标点，或把它改成 Point' }),
    linesArray: (): Said => ({ message: 'coordinates 必须是线的数组', hint: GEO_FIX }),
    polygonsArray: (): Said => ({ message: 'coordinates 必须是多边形的数组', hint: GEO_FIX }),
    ringsArray: (): Said => ({ message: 'Polygon 要有线性环的数组', hint: GEO_FIX }),
    ringPositions: (): Said => ({ message: '线性环必须是坐标点的数组', hint: GEO_FIX }),
    ringTooShort: (n: number): Said => ({ message: `线性环至少要有 4 个坐标点，这里有 ${n} 个`, hint: GEO_FIX }),
    ringOpen: (): Said => ({ message: '线性环没有闭合：最后一个坐标点与第一个不同', hint: '在末尾重复第一个坐标点' }),
    badPosition: (found: string): Said => ({
      message: `坐标点必须是 [经度, 纬度] 或 [经度, 纬度, 高度] 的数字，这里是 ${found}`,
      hint: '写成 [121.05, 30.66] 这样两个不加引号的数字',
    }),
    outOfRange: (found: string, swapped: boolean): Said => ({
      message: `坐标点 ${found} 超出范围`,
      hint: swapped ? '经度和纬度好像写反了：GeoJSON 的顺序是 [经度, 纬度]' : '经度在 -180 到 180 之间，纬度在 -90 到 90 之间：核对这个坐标点',
    }),
  },
  images: {
    outside: (file: string): Said => ({
      message: `图片 ${file} 的路径跳出了图片文件夹`,
      hint: '只写图片文件夹里的文件名，例如 file: shantang-qiao.jpg，不要用 ../ 或以 / 开头',
    }),
    missing: (file: string, folder: string): Said => ({ message: `图片 ${file} 不存在`, hint: `把图片放到内容包的 ${folder}/ 文件夹里，或改正文件名` }),
    link: (file: string): Said => ({ message: `图片 ${file} 是一个链接（快捷方式）`, hint: '把图片文件本身复制到图片文件夹里' }),
    notImage: (file: string): Said => ({ message: `${file} 不是 JPEG、PNG 或 WebP 图片`, hint: '用看图软件另存为 JPEG（.jpg）或 PNG 后再放进来' }),
    tooLarge: (file: string, mb: number): Said => ({
      message: `图片 ${file} 有 ${mb} MB，超过 20 MB`,
      hint: '先把它缩小到长边 3000 像素以内再放进来；网站会为手机和电脑各生成合适的尺寸',
    }),
    noAlt: (file: string): Said => ({
      message: `图片 ${file} 缺少替代文字 alt`,
      hint: '加上 alt: 一句话说明图片里有什么（例如 alt: 山塘桥横跨两省的石桥），供看不见图片的读者使用',
    }),
  },
  references: {
    notAnEntry: (id: string, collection: string): Said => ({
      message: `“${id}”不是 ${collection} 里的条目`,
      hint: `添加 ${collection}/${id}.md，或改正编号`,
    }),
    sourceNotListed: (key: string, keys: readonly string[]): Said => ({
      message: `来源“${key}”没有列在 pack.yaml 里`,
      hint: `在 pack.yaml 的 sources: 下添加它，或改用：${keys.length ? keys.join(', ') : '（还没有来源）'}`,
    }),
    sourceNeedsRefOrTitle: (): Said => ({ message: '来源要有 ref（pack.yaml 里的来源）或 title', hint: '加上 ref: <键名>，或 title: 和 url:' }),
    duplicateBand: (id: string): Said => ({ message: `色带编号“${id}”重复`, hint: '每条色带用自己的编号' }),
    stopWithoutPlace: (): Said => ({ message: '公交站要有 site（所在站点的编号），或 name 和 location', hint: '加上 site: <编号>，或 name: 和 location:' }),
    ownParent: (): Said => ({ message: '联建组织不能以自己为上级', hint: '删去 parent，或写上范围更大的联建组织' }),
    tieTargets: (named: readonly string[], targets: readonly string[]): Said => ({
      message: named.length ? `这条关联同时写了 ${list(named)}，只能写其中一个` : '这条关联没有写关联的是哪个条目',
      hint: `每条关联只写 ${list(targets)} 中的一个，例如 site: zhuanjiaowan；关联几个条目就写几条`,
    }),
  },
  markup: {
    tag: (name: string, allowed: readonly string[]): Said => ({
      message: `正文里有不允许的 HTML 标签 <${name}>`,
      hint: `${MARKDOWN_FOR_ZH[name] ?? '正文用 Markdown 写'}；HTML 只能用 ${allowed.length ? allowed.map((t) => `<${t}>`).join(' ') : '（无）'}`,
    }),
    attribute: (name: string): Said => ({ message: `正文里有不允许的 HTML 属性 ${name}=`, hint: '删去这个属性；正文里不能有脚本或事件' }),
    url: (scheme: string): Said => ({ message: `正文里有不允许的 ${scheme}: 链接`, hint: '链接只能是 http://、https://、mailto:、tel: 或站内地址' }),
    comment: (name: string): Said => ({ message: `HTML 注释里藏着 <${name}>`, hint: '删去这段注释；正文用 Markdown 写' }),
  },
  archive: {
    old: (version: number): Said => ({ message: `是 PMTiles v${version} 文件，本站只读 v3`, hint: `用 pmtiles convert 转成 v3，或${REMAKE_ZH}` }),
    notPmtiles: (): Said => ({ message: '不是 PMTiles 文件（文件头不是 “PMTiles”）', hint: `确认文件是 .pmtiles 且完整下载，或${REMAKE_ZH}` }),
    version: (version: number): Said => ({ message: `是 PMTiles 第 ${version} 版，本站只读 v3`, hint: REMAKE_ZH }),
    tileType: (type: string): Said => ({
      message: `瓦片类型（${type}）不受支持：只支持 MVT 矢量瓦片或 PNG/JPEG/WebP/AVIF 栅格瓦片`,
      hint: `矢量底图请用 protomaps 结构的 MVT 档案：${REMAKE_ZH}`,
    }),
    typeCode: (code: number) => `代码 ${code}`,
    compression: (part: 'tiles' | 'directory', name: string): Said => ({
      message: `${part === 'tiles' ? '瓦片' : '目录'}用 ${name} 压缩，浏览器里的 PMTiles 读取器解不开`,
      hint: '用 gzip 压缩或不压缩重新生成档案（protomaps 的构建即为 gzip）',
    }),
    flavor: (flavor: string, flavors: readonly string[]): Said => ({
      message: `未知的底图配色 "${flavor}"`,
      hint: `改成 ${list(flavors)} 之一（protomaps 的配色），或删去此项用 light`,
    }),
    missing: (file: string, geo: string): Said => ({
      message: `底图档案 ${file} 不存在`,
      hint: `把 .pmtiles 文件放到 ${geo}/ 下，或改正 basemap.pmtiles.file（相对于 paths.geo）；没有档案就删去 basemap.pmtiles`,
    }),
    bad: (file: string, what: Said): Said => ({ message: `底图档案 ${file} ${what.message}`, ...(what.hint ? { hint: what.hint } : {}) }),
    disjoint: (file: string, bounds: readonly number[], area: readonly number[]): Said => ({
      message: `底图档案 ${file} 的范围 [${bounds.join(', ')}] 与 serviceArea [${area.join(', ')}] 不相交`,
      hint: '导出覆盖本内容包地区的档案（pmtiles extract --bbox=西,南,东,北），或改正 serviceArea',
    }),
  },
  /** Files that are not text in UTF-8 (issue 16: encoding). */
  encoding: {
    /** `encoding` is what the bytes look like (`gb18030`, `utf-16le`, `utf-16be`), or undefined when nothing fits. */
    notUtf8: (encoding: string | undefined): Said =>
      encoding
        ? {
            message: `文件不是 UTF-8 编码，看起来是 ${ENCODINGS[encoding] ?? encoding}`,
            hint: '用记事本“另存为”选 UTF-8 编码，或运行 npm run check -- --fix-encoding',
          }
        : { message: '文件不是 UTF-8 编码，也认不出是哪种编码', hint: '用记事本或 WPS 打开，确认文字正常后“另存为”选 UTF-8 编码（--fix-encoding 不会改动它）' },
    symlink: (): Said => ({ message: '这是符号链接（或在链接的文件夹里），内容包不读链接', hint: '把真正的文件复制到这里，替换这个链接' }),
    unreadable: (code: string): Said =>
      code === 'EACCES' || code === 'EPERM'
        ? { message: '没有权限读取这个文件', hint: '给运行检查的用户加上读取权限（Linux 上 chmod a+r 文件名），再运行 npm run check' }
        : { message: `读不了这个文件（${code}）`, hint: '确认文件完整、没有被其他程序占用，再运行 npm run check' },
    /** The importer: bytes that do not decode as `encoding` (what --encoding, a BOM or the XML declaration says), or as anything it knows. */
    undecodable: (encoding: string | undefined, line: number | undefined): Said => ({
      message: `${encoding ? `按 ${encoding} 读不通` : '既不是 UTF-8，也不是 GBK/GB18030'}${line ? `（第 ${line} 行起）` : ''}，读下去会出现乱码`,
      hint: '用 --encoding 写明文件的实际编码，例如 --encoding gbk、utf16le、big5；或在 Excel/记事本里“另存为”UTF-8',
    }),
    fixPlan: (count: number) => `把 ${count} 个文件改存为 UTF-8（换行和文字都不变）：`,
    fixItem: (file: string, encoding: string, line: number, sample: string) => `  ${file}  ${ENCODINGS[encoding] ?? encoding}  第 ${line} 行读作：${sample}`,
    fixSkipped: (file: string) => `  ${file}  认不出编码，没有改动：请用记事本或 WPS 打开，确认文字正常后“另存为”选 UTF-8 编码`,
    fixDone: (count: number) => `已改存 ${count} 个文件。再检查一遍：`,
    fixNone: () => '没有要改编码的文件。',
  },
  /** Facts that are well-formed but wrong (issue 16: points in the sea, impossible dates, sides). */
  facts: {
    distance: (metres: number) => (metres < 1000 ? `${Math.round(metres)} 米` : `${(metres / 1000).toFixed(1)} 千米`),
    atSea: (lon: number, lat: number, distance: string): Said => ({
      message: `坐标 (${lon}, ${lat}) 在海里，离最近的海岸 ${distance}`,
      hint: '核对坐标（从高德复制的坐标要写 crs: gcj02）',
    }),
    noSuchDay: (date: string): Said => ({ message: `日期 ${date} 不存在：这个月没有这一天`, hint: '核对日期' }),
    future: (date: string, today: string): Said => ({
      message: `日期 ${date} 在今天（${today}）之后`,
      hint: '核对日期；写的是计划中的事，就在条目里加一行 planned: true',
    }),
    futureSource: (date: string, today: string): Said => ({ message: `来源的发表日期 ${date} 在今天（${today}）之后`, hint: '核对来源的发表日期' }),
    sideNotSiteRegion: (side: string, provinces: readonly string[]): Said => ({
      message: `side 写的是 ${side}，但这一站的站点在 ${list(provinces)}`,
      hint: `把 side 改成 ${list(provinces)}，或核对 site`,
    }),
    sideNotOutline: (side: string, outline: string): Said => ({
      message: `side 写的是 ${side}，但坐标落在 ${outline} 的轮廓内`,
      hint: '核对 side 或坐标（从高德复制的坐标要写 crs: gcj02）',
    }),
    regionNotOutline: (region: string, outline: string): Said => ({
      message: `所在地区写的是 ${region}，但坐标落在 ${outline} 的轮廓内`,
      hint: '核对 regions 或坐标（从高德复制的坐标要写 crs: gcj02）',
    }),
    shortProvince: (written: string, full: string): Said => ({ message: `“${written}”是简称`, hint: `写全称“${full}”` }),
    unknownProvince: (written: string): Said => ({
      message: `认不出“${written}”是哪个省级行政区`,
      hint: '写省、自治区、直辖市或特别行政区的全称，例如 浙江省、上海市',
    }),
  },
  /** What the build says about a pack of another region: a border it cannot draw. */
  region: {
    noBorderOutlines: (provinces: readonly string[], missing: readonly string[]): Said => ({
      message: `地点分属 ${list(provinces)}，但底图里没有 ${list(missing)} 的区县轮廓，地图上画不出这几地之间的省界`,
      hint: '在 pack.yaml 的 basemap.layers 中加入省界两侧的区县轮廓（role: boundary，每个面带 province 属性，如 province: 天津市）；轮廓从哪里来见 README“The offline basemap”',
    }),
  },
  /** What npm run import says about the files it reads and the entries it makes. */
  import: importZh,
};

/** The shape every language of the pack's messages has. */
export type PackMessages = typeof zh;
