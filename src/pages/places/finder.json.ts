import type { APIRoute } from 'astro';
import { gazetteer, getPlaceGroups, getPlacedCases } from '../../data/places';
import { packTambons, type FinderData } from '../../places/finder';
import { tambonsWithCases } from '../../places/groups';
import { tambonHref } from '../../places/urls';

/** The tambon finder's data, fetched by /places/ only when someone uses the finder. */
export const GET: APIRoute = async () => {
  const groups = await getPlaceGroups();
  const placed = await getPlacedCases();
  const data: FinderData = {
    provinces: Object.fromEntries(gazetteer.provinces.map((p) => [p.code, p.th])),
    districts: Object.fromEntries(gazetteer.districts.map((d) => [d.code, d.th])),
    tambons: packTambons(gazetteer.tambons),
    pages: Object.fromEntries(
      tambonsWithCases(groups).map(({ group, tambon }) => [
        tambon.tambon.code,
        tambonHref(group.province, tambon.tambon),
      ]),
    ),
    cases: placed.map(({ entry, matches }) => ({
      url: `/cases/${entry.id}/`,
      title: entry.data.title,
      codes: matches.map((m) => m.code),
    })),
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
