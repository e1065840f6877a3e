/**
 * Minimal RFC 4180 CSV: quoted fields, doubled quotes, embedded commas and newlines, CRLF rows.
 * Enough for review sheets that go to spreadsheets and come back.
 *
 * @example
 * const text = toCsv([['a', 'b'], ['1', 'x,y']]); // 'a,b\r\n1,"x,y"\r\n'
 * parseCsv(text); // [['a', 'b'], ['1', 'x,y']]
 */

/**
 * Quote a field when needed. Fields that a spreadsheet would run as a formula (= + - @ at the
 * start) get a leading apostrophe, the usual CSV-injection defence.
 *
 * @example
 * csvField('=SUM(A1)'); // "'=SUM(A1)"
 */
export function csvField(value: string | number | undefined | null): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows to CSV text.
 *
 * @example
 * toCsv([['id'], ['r1']]); // 'id\r\nr1\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Parse CSV text into rows; a trailing newline does not make an empty row. A UTF-8 BOM (Excel)
 * is ignored. Errors name the file and line.
 *
 * @example
 * parseCsv('a,"b\nc"\n'); // [['a', 'b\nc']]
 */
export function parseCsv(text: string, file = 'csv'): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < s.length && !',\r\n'.includes(s[i])) throw new Error(`${file}:${line}: unexpected character after a closing quote; expected a comma or end of line`);
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error(`${file}:${line}: a quoted field is not closed`);
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
