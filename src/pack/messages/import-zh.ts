/**
 * Every sentence `npm run import` prints, in Chinese: its users are town and district clerks. The English twin
 * (import-en.ts) has the same shape, which tsc holds it to; both hang under `import` in the pack's catalogs.
 * Problems return { message, hint }; lines that only report return text.
 */
import type { Said } from './said.ts';

const list = (items: readonly string[]) => items.join('、');

/** Field ids as the clerks' column headers name them, for the "which field" column of a report line. */
const FIELDS: Record<string, string> = {
  id: '编号',
  title: '名称',
  titleEn: '英文名称',
  summaryEn: '英文简介',
  kind: '类型',
  lon: '经度',
  lat: '纬度',
  coordinates: '坐标',
  crs: '坐标系',
  precision: '精度',
  province: '省',
  city: '市',
  county: '区县',
  town: '镇（街道）',
  village: '村（社区）',
  province_2: '省2',
  address: '地址',
  opening: '开放时间',
  booking: '预约',
  summary: '简介',
  body: '正文',
  themes: '主题',
  partnerships: '合作',
  sources: '来源',
  geometry: '几何图形',
  stops: '途经站点',
  name: '名称',
  trips: '班次',
  route_id: '线路编号',
  'properties.entry': '所属条目',
};

export const importZh = {
  lang: 'zh',
  fields: FIELDS,
  /** How a report line names the place in the input. */
  at: {
    row: (n: number) => `第 ${n} 行`,
    placemark: (n: number, name?: string) => `地标 ${n}${name ? `“${name}”` : ''}`,
    waypoint: (n: number, name?: string) => `航点 ${n}${name ? `“${name}”` : ''}`,
    route: (n: number, name?: string) => `航线 ${n}${name ? `“${name}”` : ''}`,
    track: (n: number, name?: string) => `轨迹 ${n}${name ? `“${name}”` : ''}`,
    feature: (n: number, name?: string) => `要素 ${n}${name ? `“${name}”` : ''}`,
    gtfsRoute: (id: string) => `线路 ${id}`,
    stop: (id: string, name?: string) => `站点 ${id}${name ? `“${name}”` : ''}`,
    rows: (ats: readonly string[], more: number) => `${list(ats)}${more > 0 ? ` 等 ${ats.length + more} 处` : ` 共 ${ats.length} 处`}`,
  },
  cli: {
    usage: `npm run import -- <类型> <文件> [选项]

类型：
  sites     表格里的地点：.csv（UTF-8 或 GBK）或 .xlsx
  kml       .kml 或 .kmz 里的地点、轮廓和线（奥维、Google Earth）
  gpx       航点作为地点，轨迹和航线作为线
  geojson   点作为地点，线和轮廓作为几何图形
  gtfs      GTFS 公交数据（.zip 或文件夹）里的线路；用 --route 选择

选项：
  --pack <文件夹>           写入哪个内容包（默认：CONTENT_ROOT，否则本仓库）
  --write                  写入文件；不加时什么也不写（试运行）
  --force                  更新内容包里已有的同名条目（行里给了正文时正文也替换）
  --replace-body           与 --force 同用：即使行里没有正文也清空旧正文
  --merge                  疑似同一地点的行更新内容包里的那个条目
  --new                    疑似同一地点的行仍作为新条目导入
  --source <键名>          没有注明来源的行的来源：pack.yaml 里 sources 的键名（可重复）
  --crs <wgs84|gcj02|bd09> 文件的坐标系：高德、腾讯用 gcj02，百度用 bd09（默认 wgs84）
  --precision <文字>       "approximate: <这些点代表什么>"（默认“导入的坐标，未经实地核对”）
  --survey                 这些点是实测的（precision: survey）
  --kind <类型>            没有类型或类型看不懂的行用这个类型，例如 village 或 村
  --kinds <词=类型,…>      更多表示类型的词，例如 "景点=park,纪念碑=memorial"
  --folder-kind <文件夹=类型,…>  KML 文件夹对应的类型，例如 "红色地点=red-heritage"
  --region <省/市/区县>     没有写地区的行的地区（否则按内容包的边界图层判断）
  --map <表头=字段,…>       认不出的列，例如 "站点=title,X=lon,Y=lat"
  --encoding <名称>        CSV 的编码（默认自动判断：带或不带 BOM 的 UTF-8、GB18030/GBK）
  --sheet <名称|序号>       .xlsx 的工作表（默认：第一张有表头的工作表）
  --attach <栏目/编号>      线和轨迹作为这个条目的几何图形
  --mode <walk|bike|car|bus>  由线生成的线路的出行方式（默认 car）
  --route <route_id>       要导入的 GTFS 线路（可重复）；不给时列出全部线路
  --operator-city <城市>   GTFS：运营这些线路的城市，例如 上海市金山区
  --side <省份>            GTFS：所有站点所在的一侧（默认按边界图层判断）
  --lang <zh|en>           提示语言（默认中文；英文内容包默认英文）
  --all                    表格列出全部条目，而不只前 40 条
  --help                   显示本说明

退出码：0 成功；1 内容包还有问题或没有可写的；2 命令行有误；3 已写入，但有行没有导入`,
    helpMore: '运行 npm run import -- --help 查看全部选项',
    error: (message: string) => `错误：${message}`,
    parse: (message: string) => `命令行读不懂：${message}`,
    needKindAndFile: '请给出导入类型和文件，例如 npm run import -- sites 红色地点.xlsx',
    unknownKind: (kind: string, kinds: readonly string[]) => `不认识的导入类型“${kind}”：用 ${list(kinds)} 之一`,
    oneFile: (extra: string) => `一次只导入一个文件：“${extra}”多出来了`,
    badCrs: (value: string) => `--crs “${value}”：用 wgs84、gcj02（高德、腾讯）或 bd09（百度）`,
    precisionAndSurvey: '--precision 和 --survey 说法矛盾：只给一个',
    badPrecision: (value: string) => `--precision “${value}”：写成 "approximate: <这些点代表什么>"，或用 --survey`,
    badKind: (value: string, kinds: string) => `--kind “${value}”：用 ${kinds} 之一`,
    badKindPair: (option: string, pair: string, kinds: string) => `${option} “${pair}”：写成 词=类型，类型是 ${kinds} 之一（或它的中文名）`,
    badRegion: (value: string) => `--region “${value}”：从省往下写 省/市/区县/镇/村，例如 浙江省/嘉兴市/平湖市`,
    badMap: (pair: string, fields: readonly string[]) => `--map “${pair}”：写成 表头=字段，字段是 ${fields.join(', ')} 之一`,
    badMode: (value: string, modes: readonly string[]) => `--mode “${value}”：用 ${list(modes)} 之一`,
    badAttach: (value: string) => `--attach “${value}”：写成 栏目/编号，例如 routes/hongse-yuanyuan`,
    replaceBodyWithoutForce: '--replace-body 只能与 --force 同用',
    mergeAndNew: '--merge 和 --new 说法矛盾：只给一个',
    gtfsOnly: (option: string) => `--${option} 只用于 gtfs 导入`,
    needOperatorCity: '公交条目要写明运营城市：加上 --operator-city，例如 --operator-city 上海市金山区',
    badLang: (value: string) => `--lang “${value}”：用 zh 或 en`,
  },
  run: {
    missingFile: (file: string) => `${file} 不存在`,
    noPack: (root: string) => `${root} 里没有 pack.yaml：用 --pack 指向内容包文件夹（见 README“The content pack”）`,
    unreadable: (n: number, lines: string) =>
      `先改正内容包里 ${n} 个读不成文字的文件（npm run check -- --fix-encoding 会把 GBK 和 UTF-16 文件另存为 UTF-8）：\n${lines}`,
    brokenConfig: (lines: string) => `先改正 pack.yaml：\n${lines}`,
    unknownSource: (keys: readonly string[], known: readonly string[]) =>
      `--source ${keys.join(', ')}：不是 pack.yaml 里 sources 的键名（${known.length ? known.join(', ') : '那里还没有来源'}）；先把来源写进 pack.yaml`,
    noSuchEntry: (attach: string) => `--attach ${attach}：内容包里没有这个条目；先写好或导入它`,
    xls: (file: string) => `${file}：旧式 .xls 读不了；在 Excel 里另存为 .xlsx 或 CSV（UTF-8）`,
    wrongExtension: (file: string, kind: string, wanted: string, ext: string) =>
      `${file}：${kind} 导入读 ${wanted}，不读${ext ? ` ${ext}` : '没有扩展名的'}文件`,
    noSheet: (sheet: string, names: readonly string[]) => `没有工作表“${sheet}”：这个文件的工作表是 ${names.map((s) => `“${s}”`).join('、')}`,
    badJson: (file: string, message: string) => `${file}：不是有效的 JSON（${message}）`,
    failed: (file: string, message: string) => `读取 ${file} 时出错：${message}`,
    noTitleColumn: (file: string, headers: readonly string[]) => `${file}：在 ${headers.join('、')} 中没有名称列（名称/name）；用 --map <表头>=title 指定`,
    noCoordinateColumns: (file: string, headers: readonly string[]) =>
      `${file}：在 ${headers.join('、')} 中没有经度和纬度列（经度、纬度或坐标）；用 --map <表头>=lon,<表头>=lat 指定`,
    dryRun: (files: number, root: string) => `试运行：什么也没有写。加上 --write 再运行一次，会在 ${root} 写入 ${files} 个文件。`,
    dryRunNothing: '试运行：没有要写的。',
    nothingToWrite: '没有要写的。',
    wrote: (files: number, root: string) => `已在 ${root} 写入 ${files} 个文件：`,
    created: (path: string) => `  新建 ${path}`,
    replaced: (path: string) => `  更新 ${path}`,
    kept: (fields: readonly string[]) => `（保留旧文件里的 ${fields.join('、')}）`,
    bodyReplaced: '（正文已换成表里的新正文）',
    bodyKept: '（保留旧正文）',
    more: (n: number) => `  …… 另有 ${n} 个`,
    passes: '内容包通过 npm run check 的检查。',
    leftToFix: (n: number) => `还要改正（${n} 处；npm run check 列出的相同）：`,
    inWritten: '  刚写入的文件里：',
    elsewhere: '  内容包的其他地方：',
    rowsLeftOut: (n: number) => `有 ${n} 行（或要素）因上面所说的问题没有导入（内容包里已有的不算）：退出码 3，脚本可据此判断。`,
  },
  read: {
    heading: (file: string) => `读取 ${file}：`,
    crs: (crs: string, given: boolean) => (given ? `坐标系：${crs}（--crs）` : `坐标系：${crs}（默认；高德、腾讯的坐标用 --crs gcj02，百度的用 --crs bd09）`),
    fileCrs: (crs: string) => `坐标系：${crs}（文件里写明的）`,
    fileCrsWins: (crs: string, option: string) => `文件写明坐标系 ${crs}，以它为准，不用 --crs ${option}`,
    sheet: (name: string, n: number) => `工作表“${name}”（第 ${n} 张）`,
    sheetsPassed: (names: readonly string[]) => `没有表头、跳过的工作表：${names.map((s) => `“${s}”`).join('、')}（要用其中一张，加 --sheet <名称>）`,
    encoding: (encoding: string, reason: string) => `编码 ${encoding}（${reason}）`,
    reasons: {
      forced: '--encoding 指定',
      bom: '文件开头有字节顺序标记',
      utf8: '是有效的 UTF-8',
      xml: 'XML 声明里写明',
      gbk: '不是有效的 UTF-8，按 GB18030（GBK）读，中文 Windows 上的 Excel 就这样保存 CSV',
      utf16: '不是有效的 UTF-8，有 UTF-16 的空字节，按没有 BOM 的 UTF-16 读',
    },
    csvError: (row: number, message: string) => `CSV 第 ${row} 行：${message}`,
    headerRow: (row: number) => `表头在第 ${row} 行；${row === 2 ? '第 1 行' : `第 1–${row - 1} 行`}是标题，不是数据，已跳过`,
    emptyRows: (n: number, rows: string) => `跳过 ${n} 个空行：${rows}`,
    columns: (used: string) => `使用的列：${used}`,
    column: (header: string, field: string) => `${header}（作 ${field}）`,
    noColumns: '使用的列：一个也没认出',
    ignored: (header: string) => `没有导入的列“${header}”：没有这个名字的字段（要用它，加 --map “${header}=字段”）`,
    doubled: (header: string, field: string, first: string) => `没有导入的列“${header}”：${field} 已经取自“${first}”列`,
    unusedProps: (names: readonly string[], n: number) =>
      `没有用上的属性（${n} 个要素里有）：${names.join('、')}（只读名称、简介、类型、地址等字段；要用，改名后再导出）`,
    droppedImages: (n: number) => `${n} 个要素的说明里有图片（<img>），图片没有导入：需要时把图片另存，写进正文`,
    allSwapped: '每一行的经纬度都像是写反了：经度和纬度两列的表头大概对调了（--map 经度=lat,纬度=lon）',
    features: (n: number, what: string) => `${n} 个要素：${what}`,
    inCrs: (crs: string) => `，坐标系 ${crs}`,
    geometryCount: (type: string, n: number) => `${n} 个 ${type}`,
    none: '无几何图形',
    gtfs: (routes: number, trips: number, stops: number, shapes: boolean, frequencies: boolean) =>
      `${routes} 条线路、${trips} 个班次、${stops} 个站点；shapes.txt ${shapes ? '有' : '没有'}，frequencies.txt ${frequencies ? '有' : '没有'}`,
    summaryRead: (file: string, what: string) => `读取 ${file}：${what}`,
    chooseRoutes: '用 --route 选择要导入的线路（可重复）：',
    routeLine: (id: string, title: string, type: string, trips: number) => `  --route ${id}  “${title}”  ${type}，${trips} 个班次`,
    nothingPlanned: '什么也没有安排：没有给 --route。',
    crsHint: (n: number, metres: number) =>
      `提示：${n} 个地点与内容包里的同名地点相距约 ${metres} 米，方向正是 GCJ-02 的偏移：这个文件大概是高德/腾讯坐标，加上 --crs gcj02 再试`,
  },
  archive: {
    tooBig: (what: string, mb: number): Said => ({
      message: `${what} 解压后超过 ${mb} MB，没有继续解压（可能是“压缩炸弹”）`,
      hint: '确认文件来源可靠；正常的 KMZ/GTFS 不会这么大。需要时先在电脑上解压，只导入里面的 .kml 或 .txt',
    }),
    ratio: (what: string, ratio: number): Said => ({
      message: `${what} 的压缩比超过 ${ratio} 倍，没有继续解压（可能是“压缩炸弹”）`,
      hint: '确认文件来源可靠；需要时先在电脑上解压，只导入里面的 .kml 或 .txt',
    }),
    broken: (what: string): Said => ({ message: `${what} 不是完整的 zip 文件`, hint: '重新导出或重新下载这个文件' }),
    method: (what: string, method: number): Said => ({ message: `${what} 用了读不了的压缩方式（${method}）`, hint: '用普通的 zip（deflate）重新打包' }),
    noKml: (): Said => ({ message: 'KMZ 里没有 .kml 文件', hint: '用奥维或 Google Earth 重新导出 KMZ，或直接导出 KML' }),
    noFeed: (missing: readonly string[]): Said => ({ message: `不是 GTFS 数据：缺少 ${missing.join(', ')}`, hint: '确认 zip 里是 GTFS 的 .txt 文件' }),
  },
  xml: {
    notXml: (what: string, detail: string): Said => ({ message: `${what}不是格式正确的 XML：${detail}`, hint: '用导出它的地图软件重新导出' }),
    root: (found: string, wanted: string): Said => ({
      message: `文件的根元素是 <${found}>，不是 <${wanted}>`,
      hint: `确认这是 ${String(wanted).toUpperCase()} 文件`,
    }),
    kml: 'KML 文件',
    gpx: 'GPX 文件',
  },
  geojson: {
    notObject: (): Said => ({ message: '不是 GeoJSON 对象', hint: '用 geojson.io 打开核对' }),
    unknownCrs: (crs: string): Said => ({ message: `不认识的坐标系“${crs}”`, hint: '写 wgs84、gcj02 或 bd09' }),
    notWgs84: (name: string): Said => ({
      message: `坐标系“${name}”不是 WGS-84`,
      hint: '把文件投影到 EPSG:4326，或写明 "crs": "gcj02" 或 "bd09"',
    }),
    badType: (type: string): Said => ({ message: `type ${type} 不是 FeatureCollection、Feature 或几何图形`, hint: '用 geojson.io 打开核对' }),
  },
  encoding: {
    unknown: (name: string): Said => ({ message: `不认识的编码“${name}”`, hint: '用 utf8、gb18030、gbk、utf16le 或 big5 等' }),
  },
  row: {
    noName: (): Said => ({ message: '没有名称', hint: '填写名称/name 单元格' }),
    longName: (max: number): Said => ({ message: `名称超过 ${max} 个字`, hint: '缩短名称；完整的写法可以放进简介' }),
    badId: (id: string): Said => ({ message: `“${id}”不能用作编号`, hint: '用小写字母、数字和连字符，或把编号单元格留空' }),
    unknownKind: (word: string, flag: string, suggestion: string | undefined, kinds: string): Said => ({
      message: `不认识的类型“${word}”`,
      hint: suggestion
        ? `加上 --kinds "${flag}=${suggestion}" 把它对应到一个类型，或用 --kind 给一个默认类型`
        : `加上 --kinds "${flag}=<类型>" 把它对应到一个类型（${kinds}），或用 --kind 给一个默认类型`,
    }),
    noKind: (kinds: string): Said => ({ message: '没有类型', hint: `填写类型（${kinds}），或用 --kind 给一个默认类型` }),
    kindWords: (kinds: string) => `可用的类型：${kinds}`,
    unknownCrs: (crs: string): Said => ({ message: `不认识的坐标系“${crs}”`, hint: '写 wgs84、gcj02（高德/腾讯）或 bd09（百度）' }),
    noLon: (): Said => ({ message: '缺少经度', hint: '填写经度/lon 单元格' }),
    noLat: (): Said => ({ message: '缺少纬度', hint: '填写纬度/lat 单元格' }),
    badLon: (cell: string): Said => ({ message: `“${cell}”不是经度`, hint: '写十进制度数，例如 121.05，或 121°03′00″' }),
    badLat: (cell: string): Said => ({ message: `“${cell}”不是纬度`, hint: '写十进制度数，例如 30.66，或 30°39′36″' }),
    badPair: (cell: string): Said => ({ message: `“${cell}”不是“经度,纬度”`, hint: '写成 121.05,30.66 这样' }),
    noCoordinates: (): Said => ({ message: '缺少坐标', hint: '填写经度和纬度' }),
    noSource: (): Said => ({ message: '没有来源', hint: '填写来源单元格，或加上 --source <pack.yaml 里 sources 的键名>' }),
    sourceNotKey: (key: string, known: readonly string[]): Said => ({
      message: `来源“${key}”不是 pack.yaml 里 sources 的键名`,
      hint: known.length ? `用 ${known.join(', ')} 之一，或写出来源的标题` : '在 pack.yaml 的 sources 下添加它',
    }),
    badPartnership: (p: string): Said => ({ message: `“${p}”不是联建组织的编号`, hint: '写联建组织的编号，多个用 | 隔开' }),
    badPrecision: (p: string): Said => ({ message: `“${p}”不是精度`, hint: '写 "survey" 或 "approximate: <这个点代表什么>"' }),
    noRegion: (): Said => ({
      message: '没有地区：没有省/市/区县单元格，没有 --region，点也不在内容包边界图层的任何轮廓里',
      hint: '加一列省/province，或加上 --region 省/市/区县',
    }),
    regionWithoutProvince: (region: string): Said => ({
      message: `地区 ${region} 没有写省，--region 和内容包的边界图层也给不出相符的省`,
      hint: '加一列省/province，或加上 --region 省/市/区县',
    }),
    secondWithoutProvince: (): Said => ({ message: '第二个地区没有写省', hint: '填写 province_2：边界另一侧的省' }),
  },
  point: {
    swappedOutOfRange: (lon: number, lat: number): Said => ({
      message: `经纬度像是写反了：(${lon}, ${lat}) 超出范围，(${lat}, ${lon}) 在服务范围内`,
      hint: '把两格对调，或用 --map 对调两列的表头',
    }),
    outOfRange: (lon: number, lat: number): Said => ({
      message: `(${lon}, ${lat}) 超出范围：经度在 -180 到 180 之间，纬度在 -90 到 90 之间`,
      hint: '核对这两个数',
    }),
    swappedOutside: (lon: number, lat: number): Said => ({
      message: `经纬度像是写反了：(${lon}, ${lat}) 在服务范围外，(${lat}, ${lon}) 在服务范围内`,
      hint: '把两格对调，或用 --map 对调两列的表头',
    }),
    outside: (shown: string, area: readonly number[]): Said => ({
      message: `${shown} 在内容包的服务范围 [${area.join(', ')}] 之外`,
      hint: '核对数字和 --crs，或在 pack.yaml 里放大 serviceArea',
    }),
    converted: (crs: string, lon: number, lat: number, x: number, y: number) => `${crs} 坐标 (${lon}, ${lat})，即 WGS-84 (${x}, ${y})`,
  },
  dup: {
    sameId: (first: string, id: string): Said => ({ message: `重复：${first}的编号同样是“${id}”`, hint: '删去其中一行' }),
    sameName: (first: string, metres: number): Said => ({ message: `重复：${first}的名称相同，相距不到 ${metres} 米`, hint: '删去其中一行' }),
    inPack: (id: string, path: string): Said => ({
      message: `内容包里已有 sites/${id}（${path}），没有覆盖`,
      hint: '要按这一行更新它，加上 --force；行里没有正文时保留原正文',
    }),
    likely: (title: string, metres: number, id: string): Said => ({
      message: `与“${title}”相距 ${metres} 米，疑似同一地点（sites/${id}）`,
      hint: '是同一地点就加 --merge 更新那个条目，不是就加 --new 作为新条目导入',
    }),
    merged: (title: string) => `疑似同一地点，按 --merge 更新了已有条目“${title}”`,
    kept: (title: string) => `疑似同一地点，按 --new 另建新条目（与“${title}”并存）`,
    geometryThere: (id: string, file: string, shared: boolean): Said => ({
      message: `sites/${id} 在 ${file} 里已有几何图形，轮廓没有写入`,
      hint: shared ? '那个文件里还有别的条目：手工编辑它' : '要替换，加上 --force',
    }),
  },
  notes: {
    kindFromOption: (word: string, kind: string) => `类型“${word}”看不懂，用了 --kind ${kind}`,
    noKindOption: (kind: string) => `没有类型，用了 --kind ${kind}`,
    regionFromBoundary: '地区取自内容包的边界图层',
    regionFromOption: '地区取自 --region',
    generatedSummary: '没有简介：按名称和地区写了一句简介（请修改）',
    longSummary: (max: number) => `简介超过 ${max} 个字：第一句作为简介，全文放进正文`,
    idTaken: '编号已被另一个同名地点占用：加上了地区或序号',
    typeParts: '高德类型（如“风景名胜;纪念馆;纪念馆”）按分号拆开，取最具体的一段',
    lineNamedLikeEntry: '线与内容包里某个条目同名：作为那个条目的几何图形导入',
    routeSummary: '线路简介按途经站点写成（请修改）',
    routeFromLine: (metres: number, mode: string) => `由线生成线路：途经站点是线 ${metres} 米以内的地点，出行方式 [${mode}]（--mode）`,
    transitLinked: '公交站与附近同名地点相连',
    expired: (services: string) => `服务日历已经结束（${services}）：保留，日期写进班次说明`,
    notBus: (type: string, label: string) => `route_type ${type}（${label}）不是公交：仍作为公交条目导入`,
    noShape: '数据里没有 shapes.txt：路径画成站点之间的直线（标为示意）',
  },
  feature: {
    noGeometry: (): Said => ({ message: '没有几何图形：没有可以放到地图上的东西', hint: '在地图软件里给它定位后重新导出' }),
    otherGeometry: (type: string): Said => ({ message: `${type} 既不是点，也不是线或轮廓`, hint: '在地图软件里把它拆成几个地标' }),
    insideOutline: (file: string) => `approximate: ${file} 所画轮廓内的一点`,
  },
  line: {
    notEntry: (ref: string): Said => ({ message: `“${ref}”不是内容包里的条目`, hint: '先导入或写好这个条目，或改正引用' }),
    tooShort: (): Said => ({ message: '一条线至少要有两个点', hint: '在地图软件里补全这条线' }),
    geometryThere: (ref: string, file: string): Said => ({ message: `${ref} 在 ${file} 里已有几何图形，没有覆盖`, hint: '要替换，加上 --force' }),
    sharedFile: (ref: string, file: string): Said => ({ message: `${ref} 的几何图形与别的条目同在 ${file} 里，没有替换`, hint: '手工编辑那个文件' }),
    fewStops: (only: string | undefined, metres: number): Said => ({
      message: `${only ? `只有“${only}”` : '没有地点'}在线的 ${metres} 米以内；一条线路至少要有两个站点`,
      hint: '先导入它经过的地点（或放在同一个文件里），或用 --attach 栏目/编号 把它作为某个条目的几何图形',
    }),
    noName: (): Said => ({ message: '这条线没有名称，线路要有标题', hint: '在文件里给它起名，或用 --attach 栏目/编号' }),
    noSource: (): Said => ({ message: '没有来源', hint: '加上 --source <pack.yaml 里 sources 的键名>' }),
    geometry: (n: number) => `${n} 条线`,
    stops: (n: number) => `${n} 个站点`,
  },
  gtfs: {
    noRoute: (id: string, ids: readonly string[]): Said => ({ message: `routes.txt 里没有线路“${id}”`, hint: `用 ${ids.join(', ')} 之一` }),
    noTrips: (): Said => ({ message: '这条线路在 stop_times.txt 里没有两站以上的班次', hint: '核对 GTFS 数据的 trips.txt 和 stop_times.txt' }),
    stopIncomplete: (): Said => ({ message: 'stops.txt 里这个站点没有名称或坐标', hint: '补全 stops.txt' }),
    stopMissing: (): Said => ({ message: 'stop_times.txt 提到的站点不在 stops.txt 里', hint: '补全 stops.txt' }),
    noSide: (): Said => ({ message: '不知道在哪一侧：这个站点不在内容包边界图层的任何轮廓里', hint: '加上 --side <省份>，例如 --side 上海市' }),
    noSource: (): Said => ({ message: '没有来源', hint: '把这份数据写进 pack.yaml 的 sources，再加上 --source <它的键名>' }),
    inPack: (id: string, path: string): Said => ({ message: `内容包里已有 transit/${id}（${path}），没有覆盖`, hint: '要更新它，加上 --force；原正文保留' }),
    geometryThere: (ref: string, file: string): Said => ({
      message: `${ref} 在 ${file} 里已有几何图形，没有覆盖`,
      hint: '加上 --force；那个文件里还有别的条目时手工编辑它',
    }),
    where: (stops: number, trip: string) => `${stops} 个站点，班次 ${trip}`,
    schematic: '代表班次各站之间的直线：这份数据没有这条线路的 shapes.txt。',
  },
  report: {
    head: { action: '操作', entry: '条目', title: '名称', kind: '类型', where: '坐标 / 地区 / 出处' },
    actions: { new: '新建', update: '更新', geo: '新几何' },
    more: (n: number) => `  …… 另有 ${n} 条（--all 全部列出）`,
    skippedHead: (n: number, total: number) => `没有导入（${total} 行中的 ${n} 行），每个原因一行：`,
    /** Around the hint at the end of a line. */
    hintMarks: ['（', '）'],
    notesHead: '说明：',
    note: (n: number, text: string) => `${text}（${n} 处）`,
    total: (total: number, entries: number, what: string, geometries: number, skipped: number) =>
      `读了 ${total} 行：要写 ${entries} 个条目${what}，${geometries} 组几何图形，${skipped} 行没有导入。`,
    what: (by: string, created: number, updated: number) => `（${by}；新建 ${created}，更新 ${updated}）`,
    collections: { sites: '地点', routes: '线路', belts: '示范带', transit: '公交', partnerships: '联建', stories: '故事' } as Record<string, string>,
    separator: '，',
  },
  content: {
    /** What an imported point stands for when the file does not say: shown on the public page as it is. */
    precision: 'approximate: 导入的坐标，未经实地核对',
    /** The imported file, cited as a source of the entries made from it. */
    fileSource: (file: string) => `导入文件《${file}》`,
  },
  write: {
    appeared: (path: string): Said => ({ message: `导入期间出现了 ${path}；什么也没有覆盖`, hint: '再运行一次导入' }),
  },
};

export type ImportMessages = typeof importZh;
