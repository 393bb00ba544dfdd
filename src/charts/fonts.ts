/**
 * The one font every chart uses: Source Sans 3 (SIL Open Font License 1.1, from the
 * npm package `source-sans`), pinned by file. It is named in the chart config, given
 * to resvg for PNG, embedded in the PDF, and measured here so that Vega lays text out
 * with the widths it will have. Without a canvas Vega would estimate every glyph at
 * 0.8 em, which leaves labels too far apart and truncates long ones.
 *
 * @example
 * useFontMetrics();                    // once, before a View is run
 * textWidth('Mean effort', 9, 'normal'); // ≈ 44 (px = pt)
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import * as vega from 'vega';
import { FONT_FAMILY } from './fontStack.js';

export { FONT_FAMILY, FONT_STACK } from './fontStack.js';

export type FontFace = 'regular' | 'italic' | 'semibold' | 'bold';

const FILES: Record<FontFace, string> = {
  regular: 'SourceSans3-Regular.ttf',
  italic: 'SourceSans3-It.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
  bold: 'SourceSans3-Bold.ttf',
};

let folder: string | undefined;

/** Absolute path of a face's TTF file, inside the installed `source-sans` package. */
export function fontFile(face: FontFace): string {
  if (!folder) {
    const require = createRequire(import.meta.url);
    folder = path.join(path.dirname(require.resolve('source-sans/package.json')), 'TTF');
  }
  return path.join(folder, FILES[face]);
}

/** Every face's file, for resvg. */
export function fontFiles(): string[] {
  return (Object.keys(FILES) as FontFace[]).map(fontFile);
}

/** The face that renders a weight and style (600 and up are semibold or bold). */
export function faceOf(weight: unknown, style?: unknown): FontFace {
  const w = weight === 'bold' || weight === 'bolder' ? 700 : weight === 'normal' || weight == null ? 400 : Number(weight) || 400;
  if (w >= 700) return 'bold';
  if (w >= 600) return 'semibold';
  return style === 'italic' ? 'italic' : 'regular';
}

interface Face {
  unitsPerEm: number;
  glyphsForString(text: string): { advanceWidth: number }[];
}

const faces = new Map<FontFace, Face>();
const widths = new Map<string, number>();

function face(name: FontFace): Face {
  let f = faces.get(name);
  if (!f) {
    f = fontkit.openSync(fontFile(name)) as unknown as Face;
    faces.set(name, f);
  }
  return f;
}

/** Advance width of `text` in px at `size` px, in the face of `weight` and `style`. */
export function textWidth(text: string, size: number, weight?: unknown, style?: unknown): number {
  if (!text || size <= 0) return 0;
  const name = faceOf(weight, style);
  const key = `${name}|${text}`;
  let em = widths.get(key);
  if (em === undefined) {
    const f = face(name);
    em = f.glyphsForString(text).reduce((sum, g) => sum + g.advanceWidth, 0) / f.unitsPerEm;
    if (widths.size > 50_000) widths.clear();
    widths.set(key, em);
  }
  return em * size;
}

interface TextItem {
  fontSize?: number;
  fontWeight?: unknown;
  fontStyle?: unknown;
  limit?: number;
}

let installed = false;

/** Makes Vega measure text with the pinned font (idempotent). */
export function useFontMetrics(): void {
  if (installed) return;
  installed = true;
  // vega-scenegraph exports textMetrics (not in vega's typings); a user-defined width is supported.
  const { textMetrics } = vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } };
  textMetrics.width = (item: TextItem, text: unknown) => {
    const value = text == null ? '' : String(text).trim();
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const width = textWidth(value, size, item.fontWeight, item.fontStyle);
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
}
