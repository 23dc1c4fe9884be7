/**
 * Serves the built site (dist/) as a static host would: index.html for folders, a
 * redirect to the trailing-slash URL, the site's 404 page, correct types, and the
 * security headers the site is designed for. Used by `npm start`/`npm run preview` and
 * by the browser tests. Usage: node scripts/serve.ts [--port 4321] [--host 127.0.0.1]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** Headers from dist/_headers (the format Netlify and Cloudflare Pages read): "/path" or "/*" rules. */
function readHeaderRules(): { pattern: RegExp; headers: [string, string][] }[] {
  const file = join(root, '_headers');
  if (!isFile(file)) return [];
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

createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  let path: string;
  try {
    path = normalize(decodeURIComponent(url.pathname));
  } catch {
    response.writeHead(400).end('Bad request');
    return;
  }
  let file = join(root, path);
  if (!file.startsWith(root)) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  if (!isFile(file) && isFile(join(file, 'index.html'))) {
    if (!url.pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  const found = isFile(file);
  if (!found) file = join(root, '404.html');
  const headers: Record<string, string> = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
  };
  for (const rule of headerRules) {
    if (rule.pattern.test(url.pathname)) for (const [name, value] of rule.headers) headers[name] = value;
  }
  response.writeHead(found ? 200 : 404, headers);
  createReadStream(file).pipe(response);
}).listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});
