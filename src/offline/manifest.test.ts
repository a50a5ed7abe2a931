import { describe, expect, it } from 'vitest';
import { iconColour, iconPath, shortName, webManifest } from './manifest.ts';

describe('the web app manifest', () => {
  it('names the app after the pack, shortly for the home screen', () => {
    expect(shortName('党建地图 · 毗邻党建')).toBe('党建地图');
    expect(shortName('通武廊毗邻党建地图（示例）')).toBe('通武廊毗邻党建地图');
    expect(shortName('一二三四五六七八九十一二三四')).toBe('一二三四五六七八九十一二');
    expect(shortName('Party Map')).toBe('Party Map');
  });

  it("takes the pack's shortName over the cut title, which halves a name joined by a dash", () => {
    expect(shortName('吴江–秀洲毗邻党建地图')).toBe('吴江');
    const m = webManifest({ title: '吴江–秀洲毗邻党建地图', shortName: '吴江秀洲党建', description: 'd', lang: 'zh-CN', themeColor: '#b71c1c' });
    expect(m.short_name).toBe('吴江秀洲党建');
  });

  it('is relative to its own address, so it installs under a sub-path', () => {
    const m = webManifest({ title: '党建地图 · 毗邻党建', description: 'd', lang: 'zh-CN', themeColor: '#b71c1c', shortcuts: [{ name: '地图', url: 'map/' }] });
    expect(m).toMatchObject({ id: './', start_url: './', scope: './', display: 'standalone', lang: 'zh-CN', theme_color: '#b71c1c', short_name: '党建地图' });
    const icons = m.icons as { src: string; sizes: string; purpose: string }[];
    expect(icons.map((i) => `${i.src} ${i.sizes} ${i.purpose}`)).toEqual([
      'icons/192.png 192x192 any',
      'icons/512.png 512x512 any',
      'icons/maskable-512.png 512x512 maskable',
    ]);
    expect(JSON.stringify(m)).not.toMatch(/"\//);
    expect(iconPath(512, true)).toBe('icons/maskable-512.png');
  });

  it('takes its theme colour from the icon', () => {
    expect(iconColour('<svg><rect fill="#B71C1C"/><path fill="#fff"/></svg>')).toBe('#b71c1c');
    expect(iconColour('<svg><rect fill="red"/></svg>', '#123456')).toBe('#123456');
  });
});
