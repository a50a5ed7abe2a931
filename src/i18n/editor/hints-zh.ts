/**
 * The Chinese hints under the editor's fields, for the town publicity staff who write the content: the schemas' doc
 * comments (src/pack/schemas.ts) are English and written for programmers. Same owners and fields as schemaHints(),
 * limited to the schemas the editor shows; hints-zh.test.ts fails when a schema field is added, renamed or removed
 * without this file following. Each hint says what to write in the editor's own words (labels of zh-CN.ts `fields`).
 */
import type { Hints } from '../../editor/hints.ts';

/** Dates are checked against this shape (partialDateSchema); a date field's refusal says “请看下面的说明”, i.e. this. */
const DATE = '按来源的精确程度写：2017、2017-08 或 2017-08-17';

export const hintsZhCN: Hints = {
  pointSchema: {
    lon: '东经的度数；除非在“坐标系”里另选，按 WGS-84。',
    lat: '北纬的度数。',
    precision: '这个点是怎样定的：选“实测”（survey），或选“近似”并写明这个点代表什么（文件里记为 approximate: 代表什么）。',
    crs: '经纬度数字所用的坐标系；GCJ-02（高德、腾讯）和 BD-09（百度）在生成网站时换算为 WGS-84。',
  },
  regionSchema: {
    province: '省级单位，例如 浙江省 或 上海市。',
    city: '地级市；直辖市就再写一次直辖市名，例如 上海市。',
    county: '县级单位：区、县或县级市，例如 平湖市、金山区。',
    town: '乡镇或街道：镇、乡、街道。',
    village: '村或社区。',
  },
  sourceRefSchema: {
    ref: '内容包已登记的来源（pack.yaml 的 sources）：从列表中选择；可在“说明”里写明具体出处。',
    title: '没有在内容包登记的公开来源：写它的标题。',
    url: '这个公开来源的网址。',
    note: '事实在来源中的位置，例如某一节或某张照片的图注。',
  },
  imageSchema: {
    file: '内容包图片文件夹里的文件名，例如 shantang-qiao.jpg；格式为 JPEG、PNG 或 WebP。',
    alt: '图片画的是什么，写给看不见图片的读者。必须填写：内容检查会指出缺少替代文字的图片。',
    caption: '显示在图片下方的图注。',
    credit: '图片的作者，按应有的署名写（摄影、来源）。',
    licence: '内容包发布这张图片所依据的许可或授权，例如 CC BY 4.0 或 经作者授权。',
  },
  common: {
    title: '中文标题，网站各处都显示它。',
    titleEn: '英文标题：填写后，英文页面和搜索会用到它。',
    aliases: '搜索也应认得的其他名称：当地叫法、旧称、简称（如 1+6+4）、不同写法；每个都要有来源。',
    summary: '一两句话，显示在列表、地图弹窗和分享卡片上。',
    summaryEn: '英文页面用的英文摘要，即“摘要”的译文；不填时英文页面显示中文摘要。',
    sources: '这一条目每个事实的出处，至少一个。',
    images: '条目页上按此顺序显示的图片；可以不加。',
    featured: '勾选后在首页展示。',
    planned: '条目讲的是已规划、尚未完成的事：勾选后，其中的日期可以是将来的日期。',
  },
  siteSchema: {
    kind: '这个地点是什么：从列表中选择一类。',
    regions: '地点所在的地区；位于交界处的地点把两边都填上。',
    location: '地图上显示的点。',
    address: '通信地址或描述性的地址，照来源的写法填。',
    opening: '开放时间，只在来源写明时填写。',
    booking: '怎样预约参观，只在来源写明时填写。',
    themes: '供搜索和筛选用的主题，可自由填写，例如 红色传承、乡村振兴。',
    partnerships: '这个地点所属的合作：从列表中选择。',
  },
  routeStopSchema: {
    site: '这一站参观的地点：从列表中选择。',
    minutes: '建议在这一站停留多少分钟。',
    note: '在这一站做什么、看什么。',
  },
  routeSchema: {
    stops: '按参观顺序排列的站点，至少两个。',
    modes: '出行方式：从列表中选择，第一个是默认方式。',
    audience: '这条线路适合哪些人，例如 党员、游客。',
    duration: '预计参观用时：从列表中选择。',
    partnerships: '相关的合作：从列表中选择。',
  },
  beltBandSchema: {
    id: '色带编号，在同一条示范带内不能重复；用小写拼音或英文，用连字符连接。',
    colourName: '色带的颜色名称，只在来源写明时填写，例如 红色。',
    field: '色带的领域，只在来源写明时填写，例如 红色传承。',
    colour: '地图上显示的颜色，写成 # 加六位十六进制数字（#rrggbb）；这是显示上的选择，不是事实。',
    members: '来源列为这条色带成员的地点：从列表中选择。',
    examples: '来源举出的、还没有地点条目的例子，直接写名称。',
  },
  beltSchema: {
    bands: '各条色带，按显示顺序排列。',
    statedPoints: '来源所说的示范点总数。',
    partnership: '建立这条示范带的合作：从列表中选择。',
  },
  transitStopSchema: {
    site: '这一站本身是已有的地点时，从列表中选择该地点。',
    name: '这一站不是地点条目时，写站名。',
    location: '写了站名的站点在哪里；选了地点的站点用地点自己的位置。',
    side: '这一站在省界的哪一侧，写省级单位，例如 上海市。',
    note: '来源对这一站的说法。',
  },
  transitSchema: {
    operatorCity: '运营这条线路的公交公司所在的城市，例如 上海市金山区。',
    since: `线路开通的时间，${DATE}。`,
    frequency: '来源对班次的说法；不要自拟时刻表。',
    stops: '按顺序排列的站点：只写有名称的起点站、终点站和来源提到的站。',
    partnerships: '相关的合作：从列表中选择。',
  },
  partnershipMemberSchema: {
    name: '成员地区或单位的名称，例如 金山区、枫泾镇。',
    region: '这个成员的地区。',
    location: '成员在地图上的点，通常是它的驻地（定位方式选“近似”）。',
  },
  partnershipSchema: {
    signed: `合作框架签署或成立的时间，${DATE}。`,
    members: '各成员地区。',
    mechanisms: '来源提到的工作机制，例如 月度会商。',
    sites: '相关的地点：从列表中选择。',
    parent: '这项合作所属的更大的合作：从列表中选择；例如两个镇的结对，上级合作是 平湖–金山。',
  },
  storySchema: {
    date: `发生的时间，${DATE}。`,
    type: '选择“事件”（显示在时间线上）或“文章”（篇幅较长）。',
    sites: '这件事或这篇文章讲到的地点：从列表中选择。',
    partnerships: '这件事或这篇文章讲到的合作：从列表中选择。',
  },
  personRoleSchema: {
    title: '身份、职务或称号，照来源的原话写，例如 领导金山（浦南）县委、平湖第一位共产党员。',
    date: `来源所说的担任这一身份的时间，${DATE}；来源没写日期就不填。`,
    until: `到什么时候为止，${DATE}；只在来源写明结束时间时填写。`,
    sources: '写明这一身份的来源，至少一个。',
  },
  personTieSchema: {
    site: '与人物相关的地点，即人物的一处足迹：从列表中选择。',
    story: '人物参与其中的事件或文章：从列表中选择。',
    route: '讲到这位人物的线路：从列表中选择。',
    partnership: '来源把人物关联到的合作：从列表中选择。',
    date: `时间，${DATE}，用来排列足迹的先后；来源没写日期就不填。`,
    note: '人物在那里做了什么，或来源怎样把人物和它联系起来，照来源的原话写。',
    sources: '写明这一关联的来源，至少一个。',
  },
  personSchema: {
    born: `出生的年份或日期，${DATE}；没有来源写明就不填。`,
    died: `逝世的年份或日期，${DATE}；没有来源写明就不填。`,
    roles: '来源给出的身份、职务和称号，来源注明日期的各附日期。',
    ties: '来源把这位人物关联到的地点、事件或文章、线路和合作，每项附来源，至少一项。',
  },
};
