/**
 * RFC 4180 CSV parsing with line numbers: quoted fields, doubled quotes, commas and newlines
 * inside quotes, CRLF or LF. Written by hand (rather than a DataFrame reader) so every row keeps
 * the physical line it starts on for error messages.
 *
 * @example
 * parseCsvTable('id,text\n1,"a, ""b"""\n'); // { header: ['id','text'], rows: [{ line: 2, fields: ['1', 'a, "b"'] }] }
 */
import { DataError } from './errors.js';

/** One parsed CSV row with the line it started on. @example const r: CsvRow = { line: 2, fields: ['a', 'b'] }; */
export interface CsvRow {
  /** 1-based physical line on which the row starts. */
  line: number;
  fields: string[];
}

/** A parsed CSV file: header plus data rows. @example table.header.indexOf('text'); */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/**
 * Parse CSV text. Throws {@link DataError} for an unterminated quote or a stray quote inside an
 * unquoted field, naming the line and column.
 *
 * @example
 * parseCsvTable('a,b\n1,2', { file: 'x.csv' }).rows[0].fields; // ['1', '2']
 */
export function parseCsvTable(text: string, opts: { file?: string; delimiter?: string } = {}): CsvTable {
  const file = opts.file ?? '<csv>';
  // Comma is RFC 4180's delimiter; `delimiter` allows TSV-like exports.
  const delim = opts.delimiter ?? ',';
  const records: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let col = 0;
  let inQuotes = false;
  let quotedField = false;
  let quoteLine = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // skip a UTF-8 BOM from spreadsheet exports
  const endRow = () => {
    fields.push(field);
    // A line with nothing on it is not a row (trailing newline, blank separator lines).
    if (!(fields.length === 1 && fields[0] === '' && !quotedField)) records.push({ line: rowLine, fields });
    fields = [];
    field = '';
    quotedField = false;
  };
  const leftOpen = () => new DataError({
    file, line: quoteLine, field: `column ${fields.length + 1}`,
    found: `a quote opened on line ${quoteLine} closed on line ${line} and followed by text (a quote left open?)`,
    expected: `a closing quote on line ${quoteLine}, or a field without quotes`,
  });
  for (; i < text.length; i++) {
    const c = text[i];
    col++;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') {
          line++;
          col = 0;
        }
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (quotedField && quoteLine !== line) throw leftOpen();
      if (field !== '' || quotedField) {
        throw new DataError({ file, line, field: `column ${fields.length + 1}`, found: `a quote at character ${col} inside an unquoted field`, expected: 'quotes only around a whole field (RFC 4180)' });
      }
      inQuotes = true;
      quotedField = true;
      quoteLine = line;
    } else if (c === delim) {
      fields.push(field);
      field = '';
      quotedField = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      col = 0;
      rowLine = line;
    } else {
      if (quotedField) {
        // A quote left open swallows the line breaks after it and "closes" at the next quote, often
        // lines later: the line where it opened is the one to fix.
        if (quoteLine !== line) throw leftOpen();
        throw new DataError({ file, line, field: `column ${fields.length + 1}`, found: 'text after a closing quote', expected: 'a delimiter or end of line after a quoted field' });
      }
      field += c;
    }
  }
  if (inQuotes) {
    throw new DataError({ file, line: quoteLine, field: `column ${fields.length + 1}`, found: 'a quoted field never closed before end of file', expected: 'a closing quote' });
  }
  if (field !== '' || fields.length > 0 || quotedField) endRow();
  const [head, ...rows] = records;
  return { header: head ? head.fields.map((h) => h.trim()) : [], rows };
}
