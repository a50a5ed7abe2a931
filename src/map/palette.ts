/**
 * How each kind of site looks: a colour from the Okabe–Ito set (told apart by the common
 * colour-vision deficiencies) AND a shape, so no one depends on colour alone.
 */
import type { SITE_KINDS } from '../pack/schemas.ts';

export type Shape = 'star' | 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'pentagon' | 'cross' | 'triangle-down' | 'octagon';
type Kind = (typeof SITE_KINDS)[number];

export const KIND_STYLE: Record<Kind, { colour: string; shape: Shape }> = {
  'red-heritage': { colour: '#D55E00', shape: 'star' },
  // Beside the revolutionary sites in colour (a darker vermilion), apart from them in shape.
  memorial: { colour: '#A23B00', shape: 'octagon' },
  'party-branch': { colour: '#CC79A7', shape: 'diamond' },
  'service-centre': { colour: '#0072B2', shape: 'square' },
  demonstration: { colour: '#E69F00', shape: 'pentagon' },
  town: { colour: '#555555', shape: 'circle' },
  village: { colour: '#009E73', shape: 'triangle' },
  park: { colour: '#2E7D32', shape: 'hexagon' },
  industry: { colour: '#56B4E9', shape: 'cross' },
  culture: { colour: '#8E44AD', shape: 'triangle-down' },
};

export const MAP_COLOURS = {
  paper: '#f4f1ea',
  land: '#fbfaf6',
  water: '#cfe3ef',
  boundary: '#9a9a9a',
  border: '#c62828',
  transit: '#0057a8',
  route: '#7a1f1f',
  /** A person's 足迹: apart from the routes' dark red, as the sites' own marks are, yet of the red family of the theme. */
  footprint: '#b0306a',
  partnership: '#6a3d9a',
  cluster: '#b71c1c',
  selected: '#005fcc',
} as const;

/**
 * One colour per bus line, in pack order: Paul Tol's "bright" scheme, built to stay apart for
 * the common colour-vision deficiencies; yellow last, as it is the weakest on the light land.
 * The build assigns them (data.ts), the map and the legend read the assignment.
 */
export const TRANSIT_COLOURS = ['#4477AA', '#AA3377', '#228833', '#EE6677', '#66CCEE', '#CCBB44'] as const;

export const transitColour = (index: number): string => TRANSIT_COLOURS[index % TRANSIT_COLOURS.length] as string;
