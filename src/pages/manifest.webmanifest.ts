import type { APIRoute } from 'astro';
import { t } from '../i18n/t';

/** The web app manifest: the site installs as an app (its pages readable offline through /sw.js). */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: t('site.name'),
      short_name: t('app.shortName'),
      description: t('site.description'),
      lang: 'th',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b6b4f',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
