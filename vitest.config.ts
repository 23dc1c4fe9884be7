/**
 * Unit tests (tests/unit/): plain Vite, no Astro plugins. Modules that import
 * `astro:content` are tested with a stand-in for it (see tests/unit/site-data.test.ts);
 * `import.meta.glob` works as in the build, so src/lib/locales.ts reads locales/ itself.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // A few tests run real `astro build`s of small site copies (tests/unit/build.test.ts).
    testTimeout: 10_000,
  },
});
