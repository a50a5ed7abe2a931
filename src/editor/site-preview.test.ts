import { describe, expect, it } from 'vitest';
import { pageOfFile } from './site-preview.ts';

describe("an entry file's page on the site", () => {
  it('is the collection and id of the file, under the pack content folder', () => {
    expect(pageOfFile('content', 'content/sites/zhuan-jiao-wan.md')).toBe('sites/zhuan-jiao-wan/');
    expect(pageOfFile('./content/', 'content/people/li-yiwan.md')).toBe('people/li-yiwan/');
    expect(pageOfFile('.', 'routes/hong-se-yuan-yuan.md')).toBe('routes/hong-se-yuan-yuan/');
  });
  it('is none for a file that is not an entry', () => {
    expect(pageOfFile('content', 'pack.yaml')).toBeUndefined();
    expect(pageOfFile('content', 'content/notes/x.md')).toBeUndefined();
    expect(pageOfFile('content', 'content/sites/../../x.md')).toBeUndefined();
    expect(pageOfFile('content', 'images/qiao.jpg')).toBeUndefined();
  });
});
