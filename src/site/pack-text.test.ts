import { describe, expect, it } from 'vitest';
import { packText } from './pack-text.ts';

const config = { title: '通武廊毗邻党建地图', description: '三地的毗邻党建。', lang: 'zh-CN' };

describe('packText', () => {
  it('gives English pages the English title and description the pack has', () => {
    const en = packText({ ...config, titleEn: 'Tongzhou–Wuqing–Langfang map', descriptionEn: 'Three districts.' }, 'en');
    expect(en).toEqual({ title: 'Tongzhou–Wuqing–Langfang map', description: 'Three districts.' });
  });

  it('falls back on the Chinese, marked as Chinese, where the pack has no English', () => {
    expect(packText(config, 'en')).toEqual({ ...config, titleLang: 'zh-CN', descriptionLang: 'zh-CN', lang: undefined });
    expect(packText({ ...config, titleEn: 'Map' }, 'zh-CN')).toEqual({ title: config.title, description: config.description });
  });
});
