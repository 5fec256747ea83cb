// The first page load's weight: gzip -9 of every JS and CSS file dist/index.html loads (scripts,
// modulepreloads, stylesheets, the static imports between them) plus every font file that CSS
// points at (the browser fetches a face only when text uses it; all are counted).
// Usage: node scripts/first-load-size.mjs [distDir]   (prints a table and the total)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The issue-8 budget, in bytes (KB = 1000 bytes); issue 3's was 600 KB. */
export const FIRST_LOAD_BUDGET = 450_000;

const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** Files index.html asks for directly: module scripts, modulepreloads and stylesheets. */
export function htmlAssets(html) {
  const found = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) found.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (href && (rel.includes('modulepreload') || rel.includes('stylesheet'))) found.push(href);
  }
  return found;
}

// Static imports only: `import "./x.js"`, `import {a} from "./x.js"`, `export * from "./x.js"`.
// Dynamic import("./x.js") loads later and is not followed.
const STATIC_IMPORT =
  /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w*$\s{},]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const CSS_URL = /url\(\s*["']?([^"')]+)["']?\s*\)/g;
const CSS_IMPORT = /@import\s+["']([^"']+)["']/g;

/** Measures the first load of the site in distDir. */
export function measureFirstLoad(distDir = 'dist') {
  const root = path.resolve(distDir);
  const indexFile = path.join(root, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(`${indexFile} is missing: run \`npx vite build\` first`);
  const queue = htmlAssets(readFileSync(indexFile, 'utf8')).map((ref) =>
    resolveRef(root, root, ref),
  );
  const seen = new Set();
  const files = [];
  while (queue.length > 0) {
    const file = queue.shift();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`index.html loads ${file}, which is not in dist/`);
    const bytes = readFileSync(file);
    files.push({
      file: path.relative(root, file),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    });
    const text = /\.(m?js|css)$/.test(file) ? bytes.toString('utf8') : '';
    const dir = path.dirname(file);
    if (file.endsWith('.js') || file.endsWith('.mjs')) {
      for (const m of text.matchAll(STATIC_IMPORT)) queue.push(resolveRef(root, dir, m[1]));
    } else if (file.endsWith('.css')) {
      for (const m of text.matchAll(CSS_IMPORT)) queue.push(resolveRef(root, dir, m[1]));
      for (const m of text.matchAll(CSS_URL)) {
        if (/\.(woff2?|ttf|otf|eot)(\?|#|$)/i.test(m[1])) queue.push(resolveRef(root, dir, m[1]));
      }
    }
  }
  const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
  return { files, totalRaw: total('raw'), totalGzip: total('gzip'), budget: FIRST_LOAD_BUDGET };
}

function resolveRef(root, dir, ref) {
  if (/^(data:|blob:|[a-z]+:\/\/|\/\/)/i.test(ref)) return null;
  const clean = ref.split(/[?#]/)[0];
  return clean.startsWith('/') ? path.join(root, clean) : path.resolve(dir, clean);
}

/** "523.4 KB" with KB = 1000 bytes, as the issue counts. */
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

export function formatReport(result) {
  const rows = result.files.map(
    (f) => `  ${f.file.padEnd(48)} ${kb(f.raw).padStart(11)} ${kb(f.gzip).padStart(10)}`,
  );
  const verdict = result.totalGzip <= result.budget ? 'within' : 'OVER';
  return [
    `First page load (files dist/index.html loads; gzip -9):`,
    `  ${'file'.padEnd(48)} ${'raw'.padStart(11)} ${'gzip -9'.padStart(10)}`,
    ...rows,
    `  ${'total'.padEnd(48)} ${kb(result.totalRaw).padStart(11)} ${kb(result.totalGzip).padStart(10)}`,
    `First load: ${kb(result.totalGzip)} gzip -9, ${verdict} the ${kb(result.budget)} budget`,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = measureFirstLoad(process.argv[2] ?? 'dist');
  console.log(formatReport(result));
  process.exitCode = result.totalGzip <= result.budget ? 0 : 1;
}
