/**
 * One security policy: the Content-Security-Policy <meta> (astro.config.mjs) and the
 * response headers in public/_headers both come from src/lib/security-policy.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import config from '../../astro.config.mjs';
import { headerPolicy, headersFile, metaPolicy, SECURITY_HEADERS } from '../../src/lib/security-policy.ts';

/** A policy as directive name → its sources. */
const parse = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );

/** The policy Astro puts in each page's <meta>, before it adds each page's hashes. */
const metaDirectives = parse(
  [
    ...metaPolicy.directives,
    `script-src ${metaPolicy.scriptDirective.resources.join(' ')}`,
    `style-src ${metaPolicy.styleDirective.resources.join(' ')}`,
  ].join(';'),
);

describe('the security policy', () => {
  it('is the one astro.config.mjs gives Astro for the <meta> of every page', () => {
    assert.deepEqual(config.security?.csp, metaPolicy);
  });

  it('sends as a header every directive of the <meta> policy, with the same sources', () => {
    const header = parse(headerPolicy);
    for (const [name, sources] of metaDirectives) {
      // The header stands in 'unsafe-inline' for the hashes, which differ from page to page.
      const expected =
        name === 'script-src' || name === 'style-src' ? [...sources, "'unsafe-inline'"] : sources;
      assert.deepEqual(header.get(name)?.toSorted(), expected.toSorted(), name);
    }
    // What only a header can carry, and nothing else.
    const extra = [...header.keys()].filter((name) => !metaDirectives.has(name));
    assert.deepEqual(extra, ['frame-ancestors']);
    assert.ok(!metaDirectives.has('frame-ancestors'), 'browsers ignore frame-ancestors in a <meta>');
    assert.ok(![...metaDirectives.values()].flat().includes("'unsafe-inline'"));
  });

  it('is what public/_headers says (rewrite it with `node src/lib/security-policy.ts`)', () => {
    assert.equal(readFileSync('public/_headers', 'utf8'), headersFile());
    assert.equal(SECURITY_HEADERS['Content-Security-Policy'], headerPolicy);
  });
});
