import type { APIRoute } from 'astro';
import { ui } from '../i18n/index.ts';
import { iconSvg } from '../offline/icons.ts';
import { iconColour, webManifest } from '../offline/manifest.ts';
import { getPack } from '../pack/index.ts';

/** The web app manifest: the pack's name and colour; addresses relative to the site's base. */
export const GET: APIRoute = () => {
  const { config } = getPack();
  const manifest = webManifest({
    title: config.title,
    ...(config.shortName ? { shortName: config.shortName } : {}),
    description: config.description,
    lang: config.lang,
    themeColor: iconColour(iconSvg()),
    shortcuts: [
      { name: ui.map.nav, url: 'map/' },
      { name: ui.plan.title, url: 'plan/' },
    ],
  });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
