/**
 * The site's security policy and response headers, written once: edit them here. Run
 * `node src/lib/security-policy.ts` afterwards to rewrite public/_headers from them
 * (a unit test fails until you do).
 *
 * The Content-Security-Policy reaches browsers twice. Astro puts it in a <meta> of every
 * page, with hashes for the few inline scripts and styles that page carries
 * (astro.config.mjs sets `security.csp` to `metaPolicy`). public/_headers sends the same
 * directives, with the other headers below, as response headers: static hosts that read
 * the file (Netlify, Cloudflare Pages) and scripts/serve.ts apply it.
 *
 * Why the header policy has 'unsafe-inline': one header serves every page, so it cannot
 * list each page's hashes. A browser applies both policies and a script or style must pass
 * each, so the stricter <meta> policy, with its hashes, decides: the header's
 * 'unsafe-inline' never takes effect on its own. The header adds what a <meta> policy
 * cannot set: frame-ancestors (browsers ignore it in a <meta>, with a console error).
 */
import type { AstroUserConfig } from 'astro';
import { writeFileSync } from 'node:fs';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The policy in Astro's form: only this site's own files. Pagefind's search runs
 * WebAssembly ('wasm-unsafe-eval'). Astro adds the hashes to script-src and style-src.
 */
export const metaPolicy = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'"] },
} satisfies CspOptions;

/** Directives only a header can carry: no site may frame a page (X-Frame-Options says it to old browsers). */
const HEADER_ONLY = ["frame-ancestors 'none'"];

/** The same policy as one response header: 'unsafe-inline' stands in for each page's hashes. */
export const headerPolicy = [
  ...metaPolicy.directives.slice(0, 1),
  `script-src ${[...metaPolicy.scriptDirective.resources, "'unsafe-inline'"].join(' ')}`,
  `style-src ${[...metaPolicy.styleDirective.resources, "'unsafe-inline'"].join(' ')}`,
  ...metaPolicy.directives.slice(1),
  ...HEADER_ONLY,
].join('; ');

/** Response headers for every path of the site. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The text of public/_headers. */
export function headersFile(): string {
  return [
    '# Response headers for static hosts that read a _headers file (Netlify, Cloudflare Pages);',
    '# scripts/serve.ts applies the same file. Written by `node src/lib/security-policy.ts`',
    '# from that module, which explains the policy: edit it there, not here.',
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

if (import.meta.main) {
  writeFileSync(new URL('../../public/_headers', import.meta.url), headersFile());
  console.log('public/_headers written from src/lib/security-policy.ts');
}
