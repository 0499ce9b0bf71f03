import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * What a phone or a desktop shows when the app is installed. The name is the page's title, the
 * colour the header's (`--primary` in src/ui/styles.css), the icon the favicon's tick on that
 * colour: no logo of the university is drawn. PNG only: Chromium decodes an SVG icon on the page's
 * main thread (see index.html).
 */
export const webAppManifest: Partial<ManifestOptions> = {
  name: 'Dépannage informatique — DSIN, Université de Montpellier',
  short_name: 'Dépannage DSIN',
  description:
    'Résolvez pas à pas les problèmes informatiques courants, ou préparez une demande complète pour le Centre de Services de la DSIN.',
  lang: 'fr',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: '#1f4e9c',
  background_color: '#ffffff',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
