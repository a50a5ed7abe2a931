/**
 * "Near me" only on a click; the position is used in this page and goes nowhere. Without one (refused, or no
 * geolocation), the district list frames a district instead. The rules are nearby.ts's.
 */
import { ui } from '../../i18n/client.ts';
import { districtBounds, nearestSite } from '../nearby.ts';
import type { Bounds, SiteFeature } from '../types.ts';

export function setupNearMe(page: HTMLElement, sites: readonly SiteFeature[], go: (site?: SiteFeature, bounds?: Bounds) => void): void {
  const button = page.querySelector<HTMLButtonElement>('#near-me');
  const status = page.querySelector<HTMLElement>('#near-status');
  const district = page.querySelector<HTMLSelectElement>('#district');
  district?.addEventListener('change', () => {
    const bounds = districtBounds(sites, district.value);
    if (bounds) go(undefined, bounds);
  });
  if (!button || !status) return;
  button.hidden = !('geolocation' in navigator);
  button.addEventListener('click', () => {
    status.textContent = ui.map.locating;
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const nearest = nearestSite(sites, [pos.coords.longitude, pos.coords.latitude]);
        status.textContent = nearest ? ui.map.nearest(nearest.km.toFixed(1)) : '';
        go(nearest?.site);
      },
      () => {
        status.textContent = ui.map.locateFailed;
        district?.focus();
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  });
}
