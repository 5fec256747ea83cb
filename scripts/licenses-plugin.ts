// A Vite plugin that writes dist/licenses.txt: the licence of every npm package whose code ends up in
// the bundle, found from the bundled module ids (package.json "license" plus its LICENSE/NOTICE texts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  /** LICENSE, NOTICE, ... texts shipped in the package, in file-name order. */
  texts: Array<{ file: string; text: string }>;
}

/** The package directory a module id lives in: the innermost node_modules/<name> or @scope/<name>. */
export function packageDirOf(moduleId: string): string | null {
  const id = moduleId.replace(/^\0+/, '').split('?')[0]!.replace(/\\/g, '/');
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = id.slice(at + '/node_modules/'.length).split('/');
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= depth) return null;
  return id.slice(0, at) + '/node_modules/' + rest.slice(0, depth).join('/');
}

interface PackageJson {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: Array<{ type?: string }>;
}

function licenseField(pkg: PackageJson): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  const types = (pkg.licenses ?? []).map((l) => l.type).filter(Boolean);
  return types.length > 0 ? types.join(' OR ') : 'UNKNOWN';
}

/** Reads one package's name, version, licence and licence texts. */
export function readPackage(dir: string): BundledPackage {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
  const texts = readdirSync(dir)
    .filter((file) => /^(licen[cs]e|copying|notice)(\b|[._-]|$)/i.test(file))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8').trim() }));
  return {
    name: pkg.name ?? path.basename(dir),
    version: pkg.version ?? '',
    license: licenseField(pkg),
    texts,
  };
}

/** The licences text for these packages, sorted by name. */
export function formatLicenses(packages: BundledPackage[]): string {
  const sorted = [...packages].sort((a, b) => a.name.localeCompare(b.name));
  const summary = sorted.map((p) => `${p.name}@${p.version}: ${p.license}`);
  const sections = sorted.map((p) => {
    const body =
      p.texts.length > 0
        ? p.texts.map((t) => `--- ${t.file} ---\n${t.text}`).join('\n\n')
        : `(no licence file in the package; its package.json declares ${p.license})`;
    return `${'='.repeat(80)}\n${p.name}@${p.version}\nLicense: ${p.license}\n\n${body}`;
  });
  return [
    'IAM Console Lab bundles the following third-party packages.',
    'The application itself is MIT-licensed (see LICENSE in the repository).',
    '',
    ...summary,
    '',
    ...sections,
    '',
  ].join('\n');
}

/** Emits licenses.txt next to index.html in every production build. */
export function licensesPlugin(): Plugin {
  return {
    name: 'iam-lab-licenses',
    apply: 'build',
    generateBundle(_options, bundle) {
      const dirs = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const dir = packageDirOf(id);
          if (dir) dirs.add(dir);
        }
      }
      // CSS (Cloudscape's global styles and fonts) is bundled from modules that leave no trace in
      // the chunks' module ids, so every module of the graph counts too.
      for (const id of this.getModuleIds()) {
        const dir = packageDirOf(id);
        if (dir) dirs.add(dir);
      }
      const packages = new Map<string, BundledPackage>();
      for (const dir of dirs) {
        if (!existsSync(path.join(dir, 'package.json'))) continue;
        const pkg = readPackage(dir);
        packages.set(`${pkg.name}@${pkg.version}`, pkg);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'licenses.txt',
        source: formatLicenses([...packages.values()]),
      });
    },
  };
}
