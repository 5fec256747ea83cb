// A Vite plugin that serves Cloudscape's Open Sans as woff2 files of the site instead of the base64
// data URLs @cloudscape-design/global-styles/index.css embeds (8 faces, 183 KB of CSS that every
// page parsed). A file downloads only when a page's text uses its face, and only the faces the
// components use are kept: weights 400 and 700, upright and italic (placeholders and `<i>` in
// labels). Nothing sets 300 or 800 (no `fontWeight="light"`, no `lighter`, no bold inside bold).
import type { Plugin } from 'vite';

/** The faces the console's text uses: `${weight} ${style}`. */
export const USED_FACES: ReadonlySet<string> = new Set([
  '400 normal',
  '400 italic',
  '700 normal',
  '700 italic',
]);

export interface EmbeddedFace {
  family: string;
  weight: string;
  style: string;
  /** The woff2 file's bytes. */
  bytes: Uint8Array;
}

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const DATA_URL = /url\(\s*(['"]?)data:font\/woff2;base64,([A-Za-z0-9+/=]+)\1\s*\)/;
const descriptor = (block: string, name: string) =>
  new RegExp(`${name}\\s*:\\s*['"]?([^;'"}]+?)['"]?\\s*[;}]`).exec(block)?.[1]?.trim();

/**
 * Rewrites each `@font-face` with an embedded woff2: a used face points at `urlFor(face)`, an unused
 * one is removed. Faces with any other source stay as they are.
 */
export function replaceEmbeddedFonts(
  css: string,
  urlFor: (face: EmbeddedFace) => string,
  used: ReadonlySet<string> = USED_FACES,
): { css: string; kept: EmbeddedFace[]; dropped: EmbeddedFace[] } {
  const kept: EmbeddedFace[] = [];
  const dropped: EmbeddedFace[] = [];
  const out = css.replace(FONT_FACE, (block) => {
    const data = DATA_URL.exec(block);
    if (!data) return block;
    const face: EmbeddedFace = {
      family: descriptor(block, 'font-family') ?? '',
      weight: descriptor(block, 'font-weight') ?? '400',
      style: descriptor(block, 'font-style') ?? 'normal',
      bytes: new Uint8Array(Buffer.from(data[2]!, 'base64')),
    };
    if (!used.has(`${face.weight} ${face.style}`)) {
      dropped.push(face);
      return '';
    }
    kept.push(face);
    return block.replace(data[0], `url('${urlFor(face)}')`);
  });
  return { css: out, kept, dropped };
}

/** `open-sans-700-italic.woff2` */
export const fontFileName = (face: EmbeddedFace) =>
  `${face.family.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${face.weight}-${face.style}.woff2`;

const GLOBAL_STYLES = /[\\/]@cloudscape-design[\\/]global-styles[\\/]index\.css$/;

/** In the build, global-styles' fonts become files in dist/assets (the dev server keeps them inline). */
export function fontFilesPlugin(): Plugin {
  return {
    name: 'iam-lab:font-files',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!GLOBAL_STYLES.test(id.split('?')[0]!)) return null;
      const result = replaceEmbeddedFonts(code, (face) => {
        const ref = this.emitFile({ type: 'asset', name: fontFileName(face), source: face.bytes });
        // Vite's own placeholder: its CSS step swaps it for the file's relative URL.
        return `__VITE_ASSET__${ref}__`;
      });
      if (result.kept.length !== USED_FACES.size) {
        this.error(
          `global-styles/index.css: expected the ${USED_FACES.size} used Open Sans faces embedded, found ${result.kept.length}`,
        );
      }
      return { code: result.css, map: null };
    },
  };
}
