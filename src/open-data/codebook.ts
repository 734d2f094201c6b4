/** The codebook of the data files: each column with its meaning (from the schema), its kind and its values. */
import { CORE_AREAS, EVIDENCE_LEVEL_INFO, LOCAL_GOVERNMENT_KINDS, WORKING_SYSTEMS } from '../cases/vocabulary';
import { t } from '../i18n/t';
import { dataColumns, LIST_SEPARATOR, type DataColumn } from './columns';

export interface CodebookValue {
  value: string;
  th: string;
}

export interface CodebookRow {
  name: string;
  th: string;
  en: string;
  note?: { th: string; en: string };
  /** The kind of value in Thai, with how lists are written. */
  format: string;
  /** The accepted values with their Thai names, when the column takes one of a fixed set. */
  values: CodebookValue[];
}

/** Thai names of the controlled vocabularies, by column path. */
const VALUE_NAMES: Readonly<Record<string, readonly { slug: string; th: string }[]>> = {
  area: CORE_AREAS,
  systems: WORKING_SYSTEMS,
  'localGovernment.type': LOCAL_GOVERNMENT_KINDS,
  evidence: EVIDENCE_LEVEL_INFO,
};

export function codebook(columns: readonly DataColumn[] = dataColumns()): CodebookRow[] {
  return columns.map((column) => {
    const names = VALUE_NAMES[column.path] ?? [];
    const kind = column.values ? t('data.kind.choice') : t(`data.kind.${column.kind}`);
    const row: CodebookRow = {
      name: column.name,
      th: column.th,
      en: column.en,
      format: column.many ? t('data.manyValues', { kind, separator: LIST_SEPARATOR.trim() }) : kind,
      values: (column.values ?? []).map((value) => ({
        value,
        th: names.find((name) => name.slug === value)?.th ?? '',
      })),
    };
    if (column.note) row.note = column.note;
    return row;
  });
}
