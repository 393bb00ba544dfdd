/**
 * A vector PDF of a chart's SVG: one page the size of the chart (1 px = 1 pt), drawn by
 * svg-to-pdfkit into pdfkit, with the pinned font embedded (subset), so the text stays
 * text: selectable, searchable and extractable.
 *
 * @example
 * const pdf = await svgToPdf(svg);
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { faceOf, fontFile, type FontFace } from './fonts.js';
import { svgSize } from './render.js';

const FACES: FontFace[] = ['regular', 'italic', 'semibold', 'bold'];

/**
 * The SVG with dash patterns that have no gaps (Vega writes a solid line's `[1, 0]` as
 * `stroke-dasharray="1,0"`) removed: pdfkit refuses dash lengths of zero.
 */
export function solidDashes(svg: string): string {
  return svg.replace(/\s*stroke-dasharray="([^"]*)"/g, (match, value: string) => {
    const lengths = value.split(/[\s,]+/).filter(Boolean).map(Number);
    const gaps = lengths.filter((_, k) => k % 2 === 1);
    return lengths.length === 0 || gaps.every((g) => g <= 0) || lengths.some((l) => !(l >= 0)) ? '' : match;
  });
}

/** The bytes of a one-page PDF of the SVG. */
export async function svgToPdf(svg: string, info: { title?: string } = {}): Promise<Buffer> {
  const { width, height } = svgSize(svg);
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    autoFirstPage: true,
    info: { Title: info.title ?? 'partnersim chart', Creator: 'partnersim', Producer: 'partnersim (pdfkit)' },
  });
  for (const face of FACES) doc.registerFont(`partnersim-${face}`, fontFile(face));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  SVGtoPDF(doc, solidDashes(svg), 0, 0, {
    width,
    height,
    assumePt: true,
    preserveAspectRatio: 'xMinYMin meet',
    fontCallback: (_family: string, bold: boolean, italic: boolean) => `partnersim-${faceOf(bold ? 'bold' : 'normal', italic ? 'italic' : 'normal')}`,
  });
  doc.end();
  return done;
}
