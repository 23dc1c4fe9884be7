/**
 * Serves the built site (dist/) as a static host would. sirv serves the files (index.html
 * for folders, types, HEAD, Range, ETag and 304); this file adds what is the site's own: the
 * response headers of dist/_headers (public/_headers, from src/lib/security-policy.ts), a
 * redirect to the trailing-slash URL, and the site's 404 page. Used by `npm start`/`npm run
 * preview` and by the browser tests. It reads dist/ when it starts: restart it after a build.
 * Usage: node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import sirv from 'sirv';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const port = Number(option('port', process.env['PORT'] ?? '4321'));
const host = option('host', '127.0.0.1');
const root = resolve(option('dir', 'dist'));

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

/** Types as this server has always sent them (text with its charset; Pagefind's index files as bytes). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers from dist/_headers (the format Netlify and Cloudflare Pages read): "/path" or "/*" rules. */
function readHeaderRules(): { pattern: RegExp; headers: [string, string][] }[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = readHeaderRules();

/** Folders with an index.html ("/en/help"): their URL is the one with a trailing slash. */
const folders = new Set(
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => basename(file) === 'index.html' && dirname(file) !== '.')
    .map((file) => `/${dirname(file).split(sep).join('/')}`),
);

const notFoundFile = join(root, '404.html');
const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : 'Not found';
const notFound = (response: ServerResponse) => {
  response
    .writeHead(404, { 'Content-Type': TYPES['.html']!, 'Content-Length': Buffer.byteLength(notFoundPage) })
    .end(notFoundPage);
};

const assets = sirv(root, {
  dev: false,
  etag: true,
  extensions: ['html'],
  setHeaders: (response, pathname) => {
    const extension = pathname.endsWith('/') ? '.html' : extname(pathname);
    if (extension) response.setHeader('Content-Type', TYPES[extension] ?? 'application/octet-stream');
  },
});

/**
 * sirv reads a Range header loosely ("bytes=5-2" would stop the server, "bytes=-10" sends
 * the first bytes, "bytes=0-0" the whole file): only "bytes=a-" and "bytes=a-b" with
 * 0 < b and a ≤ b reach it. A server may ignore any Range: the others get the whole file.
 */
const servableRange = (range: string) => {
  const [, start, end] = /^bytes=(\d+)-(\d*)$/.exec(range) ?? [];
  return start !== undefined && (!end || (Number(end) > 0 && Number(start) <= Number(end)));
};

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  let path: string | undefined;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    // Not a file name: sirv finds nothing, and the 404 page answers.
  }
  if (path && folders.has(path)) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  for (const rule of headerRules) {
    if (rule.pattern.test(url.pathname))
      for (const [name, value] of rule.headers) response.setHeader(name, value);
  }
  if (request.headers.range && !servableRange(request.headers.range)) delete request.headers.range;
  // sirv pipes a file stream without an error handler: a file gone since start (a rebuild)
  // would stop the server. The status is sent by then, so end the response instead.
  response.on('pipe', (source) => source.on('error', () => response.destroy()));
  assets(request, response, () => notFound(response));
});
server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${(server.address() as AddressInfo).port}/`);
});
