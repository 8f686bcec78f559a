/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { ServerResponse } from 'node:http';
import { cacheControlFor, CONTENT_SECURITY_POLICY, HOSTING_HEADERS } from './scripts/hosting-headers.ts';
import { purgeUnusedCss } from './scripts/purge-unused-css.ts';
import { firstLoadPreloads } from './scripts/first-load-preloads.ts';
import { compileHints } from './scripts/compile-hints.ts';

export { CONTENT_SECURITY_POLICY };

function contentSecurityPolicy(): Plugin {
  return {
    name: 'partnership-mirror:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// `npm start` caches as a host should (scripts/cache-policy.mjs, docs/hosting/): Vite's static
// server marks every file no-cache, which would make a repeat visit ask again for every script.
// It passes that header to writeHead, so it is replaced there.
function cacheHeaders(): Plugin {
  return {
    name: 'partnership-mirror:cache-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const cacheControl = cacheControlFor(new URL(req.url ?? '/', 'http://localhost').pathname);
        const writeHead = res.writeHead;
        res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
          const headers = args.find((a) => typeof a === 'object' && a !== null && !Array.isArray(a));
          if (headers === undefined) this.setHeader('Cache-Control', cacheControl);
          else (headers as Record<string, unknown>)['Cache-Control'] = cacheControl;
          return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
        } as ServerResponse['writeHead'];
        next();
      });
    },
  };
}

// Offline after the first visit (issue 9): the service worker precaches every file of the build,
// including the lazily loaded pages, the PDF code and its fonts, so a reload without network works.
// It registers from a file (registerSW.js), never an inline script, so `script-src 'self'` holds;
// deferred, so the page is parsed and the app started without waiting for that file (issue 17).
function offlineApp(): Plugin[] {
  const themeColor: Plugin = {
    name: 'partnership-mirror:theme-color',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { name: 'theme-color', content: '#00446b' }, injectTo: 'head' },
    ],
  };
  const pwa = VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script-defer',
    manifest: {
      name: 'Partnership Mirror – Partnerschapsspiegel',
      short_name: 'Partnerschapsspiegel',
      description:
        'Zelfevaluatie voor partnerschappen tussen gemeenten / A self-assessment for city-to-city partnerships',
      lang: 'nl',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#00446b',
      background_color: '#ffffff',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // globPatterns below already take every file of public/; listing them again would duplicate entries.
    includeManifestIcons: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,ttf,otf,woff,woff2,json,webmanifest}'],
      // The PDF fonts (Noto Sans, Noto Sans Arabic) are large TTFs; all of them must be precached.
      maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
      navigateFallback: 'index.html',
      // robots.txt is a file of its own, never the app page (issue 17).
      navigateFallbackDenylist: [/\/robots\.txt$/],
      cleanupOutdatedCaches: true,
      // No runtime caching: the app asks nothing of other origins, so there is nothing to cache.
      runtimeCaching: [],
    },
  });
  return [...pwa, themeColor];
}

export default defineConfig({
  plugins: [
    react(),
    purgeUnusedCss(),
    contentSecurityPolicy(),
    firstLoadPreloads(),
    compileHints(),
    cacheHeaders(),
    offlineApp(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // First visit (issue 17): the start-up code in one file, not four that each take a turn on a
    // phone's few connections. Safe because main.tsx has no top-level await: the lazily loaded
    // pages import this chunk, and they must never wait for it to finish.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  // `npm start` serves the built app with the headers a host should send (docs/hosting/).
  preview: { headers: { ...HOSTING_HEADERS } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup-zod.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/setup-zod.ts', 'test/setup-dom.ts'],
        },
      },
    ],
  },
});
