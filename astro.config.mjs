// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import postbuild from './src/integrations/postbuild.ts';
import { readLocales } from './src/lib/locale-files.ts';
import { metaPolicy } from './src/lib/security-policy.ts';

export default defineConfig({
  // Static HTML, one folder per page: /en/lessons/balance/8-10/index.html
  output: 'static',
  trailingSlash: 'always',
  // HTML whitespace rules (Astro 7's default 'jsx' would glue inline words together).
  compressHTML: true,
  // Pages do not prefetch or load anything they do not need.
  prefetch: false,
  devToolbar: { enabled: false },
  // The stylesheet is small (~2 KiB gzip): inline it, so a page is one request plus its
  // scripts (budget: a lesson page in at most 4 requests).
  build: { inlineStylesheets: 'always' },
  vite: {
    build: {
      // No preload helper chunk: scripts load their few modules directly.
      modulePreload: false,
    },
  },
  // No code blocks here; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy in a <meta> of every page, with hashes for the few inline
  // scripts Astro emits. src/lib/security-policy.ts holds it, and writes the same policy
  // into public/_headers for hosts that send headers.
  security: { csp: metaPolicy },
  integrations: [mdx(), postbuild(readLocales().map((l) => l.code))],
});
