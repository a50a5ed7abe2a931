/**
 * 串点成线: the story line of a route, told from what the pack already dates. People's ties to the route's stops (or
 * to the route) and the dated stories about its stops become steps in date order, each with its place and source.
 * Nothing is dated here: every date is a tie's or a story's own. Pure.
 */
import type { Person, SourceRef, Story } from '../pack/schemas.ts';
import { compareDates, footprint } from './footprint.ts';

export interface StoryLineStep {
  date?: string;
  /** Stops of the route the step happened at, in the route's order; none for a tie to the route itself. */
  sites: string[];
  /** The person whose tie this is. */
  person?: string;
  /** The story this step is, when it is not a person's tie. */
  story?: string;
  /** The person's tie, in the source's words. */
  note?: string;
  sources: SourceRef[];
}

interface Entry<D> {
  id: string;
  data: D;
}

export function storyLine(
  route: { id: string; stops: readonly { site: string }[] },
  people: readonly Entry<Pick<Person, 'ties'>>[],
  stories: readonly Entry<Pick<Story, 'date' | 'sites' | 'sources'>>[],
): StoryLineStep[] {
  const stopIndex = new Map<string, number>();
  route.stops.forEach((s, i) => {
    if (!stopIndex.has(s.site)) stopIndex.set(s.site, i);
  });
  const steps: (StoryLineStep & { order: number })[] = [];
  const told = new Set<string>();
  for (const p of people) {
    const own = footprint(p.data);
    const here = own.filter((s) => (s.kind === 'site' && stopIndex.has(s.id)) || (s.kind === 'route' && s.id === route.id));
    if (!here.length) continue;
    // A story this person is tied to is told by the person's steps, not again on its own.
    for (const s of own) if (s.kind === 'story') told.add(s.id);
    for (const s of here)
      steps.push({
        ...(s.date !== undefined ? { date: s.date } : {}),
        sites: s.kind === 'site' ? [s.id] : [],
        person: p.id,
        note: s.note,
        sources: s.sources,
        order: steps.length,
      });
  }
  for (const story of stories) {
    if (told.has(story.id)) continue;
    const sites = (story.data.sites ?? []).filter((s) => stopIndex.has(s)).sort((a, b) => (stopIndex.get(a) ?? 0) - (stopIndex.get(b) ?? 0));
    if (!sites.length) continue;
    steps.push({ date: story.data.date, sites, story: story.id, sources: story.data.sources, order: steps.length });
  }
  const at = (s: StoryLineStep) => (s.sites.length ? (stopIndex.get(s.sites[0] as string) ?? 0) : -1);
  return steps.sort((a, b) => compareDates(a.date, b.date) || at(a) - at(b) || a.order - b.order).map(({ order: _, ...step }) => step);
}

/** Steps of one date at the same stops, told under one heading: two people at the old house in 1927 are one entry. */
export interface StoryLineGroup {
  date?: string;
  sites: string[];
  steps: StoryLineStep[];
}

export function groupStoryLine(steps: readonly StoryLineStep[]): StoryLineGroup[] {
  const groups: StoryLineGroup[] = [];
  for (const step of steps) {
    const last = groups[groups.length - 1];
    if (last && last.date === step.date && last.sites.join(' ') === step.sites.join(' ')) last.steps.push(step);
    else groups.push({ ...(step.date !== undefined ? { date: step.date } : {}), sites: step.sites, steps: [step] });
  }
  return groups;
}
