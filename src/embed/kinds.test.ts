import { describe, expect, it } from 'vitest';
import { embedPath, movedWidget, widgetAddress, widgetEntryId } from './kinds.ts';

describe('widget addresses', () => {
  it('gives every site one widget page with the site in its address, and the other kinds a page each', () => {
    expect(widgetAddress('site', 'shantang')).toBe('embed/site/?id=shantang');
    expect(widgetAddress('route', 'hongse-yuanyuan')).toBe('embed/route/hongse-yuanyuan/');
    expect(widgetAddress('map')).toBe('embed/map/');
    expect(embedPath('site', 'shantang', 'en')).toBe('/en/embed/site/?id=shantang');
  });

  it('reads the site from the id parameter, or from an address of the old form', () => {
    expect(widgetEntryId('site', '/embed/site/', '?id=shantang&list=1')).toBe('shantang');
    expect(widgetEntryId('site', '/dangjian/en/embed/site/shantang/', '?list=1')).toBe('shantang');
    expect(widgetEntryId('site', '/embed/site/shantang', '')).toBe('shantang');
    expect(widgetEntryId('site', '/embed/site/', '')).toBeUndefined();
    expect(widgetEntryId('site', '/embed/site/index.html', '')).toBeUndefined();
  });

  it('sends an old site widget address on to the one page, keeping its parameters', () => {
    expect(movedWidget('/embed/site/shantang/', '?list=1&height=480')).toBe('/embed/site/?id=shantang&list=1&height=480');
    expect(movedWidget('/dangjian/en/embed/site/shantang/', '')).toBe('/dangjian/en/embed/site/?id=shantang');
    // An id parameter of its own does not win over the address's: the address is what the department pasted.
    expect(movedWidget('/embed/site/shantang/', '?id=other')).toBe('/embed/site/?id=shantang');
  });

  it('leaves every other missing address alone', () => {
    for (const path of ['/embed/site/', '/embed/route/x/', '/sites/shantang/', '/embed/map/x/', '/nothing'])
      expect(movedWidget(path, '?list=1'), path).toBeUndefined();
  });
});
