import { dirname, join } from 'node:path';
import type { ReviewDocument } from './review-document';

/** The part of pdfmake 0.3 used here (it ships no types). */
interface PdfMake {
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(definition: unknown): { getBuffer(): Promise<Buffer> };
}

let configured: PdfMake | null = null;

/** pdfmake with its own Roboto (Unicode names print as typed); no file or URL read but the fonts. */
function pdfmake(): PdfMake {
  if (configured) return configured;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const instance = require('pdfmake') as PdfMake;
  const fonts = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  instance.setFonts({
    Roboto: {
      normal: join(fonts, 'Roboto-Regular.ttf'),
      bold: join(fonts, 'Roboto-Medium.ttf'),
      italics: join(fonts, 'Roboto-Italic.ttf'),
      bolditalics: join(fonts, 'Roboto-MediumItalic.ttf'),
    },
  });
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => path.startsWith(fonts));
  configured = instance;
  return instance;
}

/** A review (or team report) document as an A4 PDF, made by the API so that it needs no browser. */
export function reviewPdf(doc: ReviewDocument): Promise<Buffer> {
  const content: unknown[] = [
    { text: doc.title, style: 'title' },
    { text: doc.subtitle, style: 'subtitle' },
  ];
  for (const section of doc.sections) {
    content.push({ text: section.heading, style: 'heading' });
    for (const paragraph of section.paragraphs ?? []) content.push({ text: paragraph, margin: [0, 0, 0, 4] });
    if (section.bullets?.length) content.push({ ul: section.bullets, margin: [0, 0, 0, 4] });
    if (section.table) {
      content.push({
        table: {
          headerRows: 1,
          widths: section.table.header.map((_, i) => (i === 0 ? '*' : 'auto')),
          body: [section.table.header.map((text) => ({ text, bold: true })), ...section.table.rows],
        },
        layout: 'lightHorizontalLines',
        fontSize: 9,
      });
    }
  }
  return pdfmake()
    .createPdf({
      info: { title: doc.title, creator: 'Trellis' },
      pageSize: 'A4',
      pageMargins: [48, 48, 48, 56],
      defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25 },
      styles: {
        title: { fontSize: 18, bold: true, margin: [0, 0, 0, 2] },
        subtitle: { fontSize: 10, color: '#444444', margin: [0, 0, 0, 12] },
        heading: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      },
      footer: (page: number, pages: number) => ({
        text: `${doc.title} · page ${page} of ${pages}`,
        alignment: 'center',
        fontSize: 8,
        color: '#555555',
      }),
      content,
    })
    .getBuffer();
}
