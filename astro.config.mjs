// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import siteChecks from './src/integrations/site-checks.ts';

export default defineConfig({
  // Static HTML, one folder per page: /en/lessons/balance/8-10/index.html
  output: 'static',
  trailingSlash: 'always',
  // HTML whitespace rules (Astro 7's default 'jsx' would glue inline words together).
  compressHTML: true,
  // Pages do not prefetch or load anything they do not need.
  prefetch: false,
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  integrations: [mdx(), preact(), siteChecks()],
});
