import { stringify } from 'csv-stringify/sync';
import { cellValue, dataColumns, type DataColumn } from './columns';
import type { OpenDataRecord } from './record';

/**
 * The records as CSV: a header row of column names, one row per case, quoted by csv-stringify
 * (RFC 4180), CRLF between rows, and a UTF-8 byte-order mark so Excel reads the Thai text as UTF-8.
 */
export function casesCsv(records: readonly OpenDataRecord[], columns: readonly DataColumn[] = dataColumns()): string {
  return stringify(
    records.map((record) => columns.map((column) => cellValue(record, column))),
    { bom: true, header: true, columns: columns.map((column) => column.name), record_delimiter: 'windows' },
  );
}
