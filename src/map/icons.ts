/**
 * Map symbols drawn in code as RGBA pixels, so the site needs no sprite server and no image
 * files: a filled shape with a white outline, anti-aliased by supersampling.
 */
import type { Shape } from './palette.ts';

export interface Icon {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

type Path = [number, number][];

/** Polygon of a shape in a unit box centred on 0,0 (radius 1). */
function outline(shape: Shape): Path | 'circle' {
  const ring = (n: number, rot = -Math.PI / 2): Path =>
    Array.from({ length: n }, (_, i) => {
      const a = rot + (i * 2 * Math.PI) / n;
      return [Math.cos(a), Math.sin(a)];
    });
  switch (shape) {
    case 'circle':
      return 'circle';
    case 'square':
      return [
        [-0.8, -0.8],
        [0.8, -0.8],
        [0.8, 0.8],
        [-0.8, 0.8],
      ];
    case 'diamond':
      return [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ];
    case 'triangle':
      return [
        [0, -1],
        [0.95, 0.75],
        [-0.95, 0.75],
      ];
    case 'triangle-down':
      return [
        [-0.95, -0.75],
        [0.95, -0.75],
        [0, 1],
      ];
    case 'hexagon':
      return ring(6, 0);
    case 'pentagon':
      return ring(5);
    case 'octagon':
      return ring(8, Math.PI / 8);
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const r = i % 2 === 0 ? 1 : 0.45;
        return [Math.cos(a) * r, Math.sin(a) * r] as [number, number];
      });
    case 'cross':
      return [
        [-0.3, -1],
        [0.3, -1],
        [0.3, -0.3],
        [1, -0.3],
        [1, 0.3],
        [0.3, 0.3],
        [0.3, 1],
        [-0.3, 1],
        [-0.3, 0.3],
        [-1, 0.3],
        [-1, -0.3],
        [-0.3, -0.3],
      ];
  }
}

function inside(path: Path | 'circle', x: number, y: number, grow: number): boolean {
  if (path === 'circle') return x * x + y * y <= (0.85 + grow) ** 2;
  // Grow the polygon about its centre for the outline.
  const k = 1 + grow;
  let hit = false;
  for (let i = 0, j = path.length - 1; i < path.length; j = i++) {
    const [xi, yi] = path[i] as [number, number];
    const [xj, yj] = path[j] as [number, number];
    if (yi * k > y !== yj * k > y && x < ((xj - xi) * k * (y - yi * k)) / (yj * k - yi * k) + xi * k) hit = !hit;
  }
  return hit;
}

function hex(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A `size`×`size` icon of a shape in a colour, with a white outline for contrast on any basemap. */
export function drawIcon(shape: Shape, colour: string, size = 22): Icon {
  const data = new Uint8ClampedArray(size * size * 4);
  const [r, g, b] = hex(colour);
  const path = outline(shape);
  const SS = 4;
  const scale = (size / 2 - 1.5) / 1.2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let fill = 0;
      let edge = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS - size / 2) / scale;
          const y = (py + (sy + 0.5) / SS - size / 2) / scale;
          if (inside(path, x, y, 0)) fill++;
          else if (inside(path, x, y, 0.2)) edge++;
        }
      }
      const total = SS * SS;
      const i = (py * size + px) * 4;
      const a = (fill + edge) / total;
      if (a === 0) continue;
      const f = fill / (fill + edge);
      data[i] = Math.round(r * f + 255 * (1 - f));
      data[i + 1] = Math.round(g * f + 255 * (1 - f));
      data[i + 2] = Math.round(b * f + 255 * (1 - f));
      data[i + 3] = Math.round(a * 255);
    }
  }
  return { width: size, height: size, data };
}

/** An arrow pointing right (along a line), for the direction of bus lines. */
export function drawArrow(colour: string, size = 14): Icon {
  return rotateRight(drawIcon('triangle', colour, size));
}

function rotateRight(icon: Icon): Icon {
  const { width: w, height: h, data } = icon;
  const out = new Uint8ClampedArray(data.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const src = (y * w + x) * 4;
      const dst = (x * h + (h - 1 - y)) * 4;
      out.set(data.subarray(src, src + 4), dst);
    }
  }
  return { width: h, height: w, data: out };
}
