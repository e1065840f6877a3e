/**
 * A minimal PDF 1.4 writer for plain text: Helvetica (standard Type1, WinAnsiEncoding), one
 * BT/Tj line per text line, pages of fixed height, and a cross-reference table with exact byte
 * offsets. Enough to give the PDF loader a real, parseable document without a dependency.
 *
 * @example
 * const bytes = textToPdf('Hello\nWorld', { title: 'Sample' });
 * await writeFile('hello.pdf', bytes);
 */

/** Layout options. @example { fontSize: 10, title: 'Report' } */
export interface PdfOptions {
  /** 10 pt keeps a typical report to one or two pages at US Letter size. */
  fontSize?: number;
  /** Characters per line before wrapping; 95 fits 10 pt Helvetica within the margins. */
  wrap?: number;
  title?: string;
}

// WinAnsi bytes for the few non-Latin-1 characters clinical text uses.
const WIN_ANSI: Record<string, number> = { '–': 0x96, '—': 0x97, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '•': 0x95, '€': 0x80 };

function encodeLine(line: string): string {
  let out = '';
  for (const ch of line) {
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else {
      const code = WIN_ANSI[ch] ?? ch.codePointAt(0)!;
      if (code >= 32 && code < 127) out += ch;
      else if (code < 256) out += `\\${code.toString(8).padStart(3, '0')}`;
      else out += '?';
    }
  }
  return out;
}

function wrapLines(text: string, width: number): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/\t/g, '    ').split('\n')) {
    let line = raw;
    while (line.length > width) {
      let cut = line.lastIndexOf(' ', width);
      if (cut <= 0) cut = width;
      out.push(line.slice(0, cut));
      line = line.slice(cut).replace(/^ /, '');
    }
    out.push(line);
  }
  return out;
}

/** Render text to PDF bytes (Latin-1 bytes; characters outside WinAnsi become '?'). @example textToPdf('x') */
export function textToPdf(text: string, options: PdfOptions = {}): Uint8Array {
  const fontSize = options.fontSize ?? 10;
  const lead = fontSize * 1.3;
  const top = 792 - 56;
  const perPage = Math.floor((792 - 112) / lead);
  const lines = wrapLines(text, options.wrap ?? 95);
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  if (pages.length === 0) pages.push(['']);

  // Object numbers: 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs.
  const objects: string[] = [];
  const kids = pages.map((_, i) => `${5 + 2 * i} 0 R`).join(' ');
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< /Title (${encodeLine(options.title ?? 'Report')}) /Producer (medtune corpus generator) >>`;
  pages.forEach((pageLines, i) => {
    const body = [`BT /F1 ${fontSize} Tf ${lead.toFixed(1)} TL 56 ${top} Td`];
    for (const l of pageLines) body.push(`(${encodeLine(l)}) Tj T*`);
    body.push('ET');
    const stream = body.join('\n');
    objects[5 + 2 * i] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`;
    objects[6 + 2 * i] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });

  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = Buffer.byteLength(pdf, 'latin1');
    pdf += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) pdf += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
