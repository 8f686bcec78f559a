// Spreadsheet files that open correctly in Excel and LibreOffice with Dutch settings (issues 14, 15):
// one writer for the workshop export and the action plan, in the browser and the CLI.
// - UTF-8 with a byte-order mark, or Excel reads "Emirdağ" as "EmirdaÄŸ".
// - ";" between cells: Dutch Excel expects it (its list separator is ";", as "," is the decimal sign).
// - Numbers with a decimal comma in Dutch, a point in English.
// - A cell that starts with = + - @ (or a tab/CR) is prefixed with ' so a spreadsheet never runs text
//   from an answers file as a formula (OWASP "CSV injection").
import type { Language } from '../catalogue/ids';

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const SEPARATOR = ';';
const FORMULA_START = /^[=+\-@\t\r]/;

function formatCell(cell: CsvCell, language: Language): string {
  if (cell === null) return '';
  const text =
    typeof cell === 'number'
      ? language === 'nl'
        ? String(cell).replace('.', ',')
        : String(cell)
      : FORMULA_START.test(cell)
        ? `'${cell}`
        : cell;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: header row first, CRLF line ends (RFC 4180), BOM in front. */
export function toCsv(rows: readonly (readonly CsvCell[])[], language: Language): string {
  return (
    BOM + rows.map((row) => row.map((c) => formatCell(c, language)).join(SEPARATOR)).join('\r\n') + '\r\n'
  );
}
