import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawArrow, drawIcon } from '../icons.ts';
import { KIND_STYLE, MAP_COLOURS } from '../palette.ts';

/** Draws the symbols the style names as they are first needed: no sprite file to fetch. */
export function provideIcons(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return;
    const ratio = Math.min(2, Math.ceil(window.devicePixelRatio || 1));
    let icon: ReturnType<typeof drawIcon> | undefined;
    if (id.startsWith('kind-')) {
      const style = KIND_STYLE[id.slice(5) as keyof typeof KIND_STYLE];
      if (style) icon = drawIcon(style.shape, style.colour, 22 * ratio);
    } else if (id === 'arrow') icon = drawArrow(MAP_COLOURS.transit, 14 * ratio);
    else if (id === 'crossing') icon = drawIcon('diamond', MAP_COLOURS.border, 18 * ratio);
    if (icon) map.addImage(id, { width: icon.width, height: icon.height, data: new Uint8Array(icon.data.buffer) }, { pixelRatio: ratio });
  });
}
