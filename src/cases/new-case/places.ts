/**
 * The places of a new case, resolved against the gazetteer as they are typed; a name that does not
 * resolve comes back with the closest matches to choose from.
 */
import { fieldGuideFor } from '../../i18n/case-fields';
import type { PlaceMatch } from '../../places/gazetteer';
import { gazetteer } from '../../places/gazetteer-data';
import { formatPlaceLabel, placeLabel } from '../../places/labels';
import type { CaseTemplateAnswers } from '../template';
import type { Problem } from '../validate/problem';
import { text } from './answers';

export type PlaceAnswer = CaseTemplateAnswers['places'][number];

/** The gazetteer's official names for a match: อ.เมือง becomes เมืองเชียงใหม่, ต. prefixes go. */
export const officialNames = (match: PlaceMatch): PlaceAnswer => ({
  province: match.province.th,
  ...(match.district ? { district: match.district.th } : {}),
  ...(match.tambon ? { tambon: match.tambon.th } : {}),
});

export type PlaceRead =
  { match: PlaceMatch } | { th: string; en: string; candidates: PlaceMatch[]; ambiguous: boolean };

/** A typed place resolved to one unit, or why not with the candidates. */
export function resolvePlaceAnswer(place: PlaceAnswer): PlaceRead {
  const result = gazetteer.resolvePlace(place);
  if (result.ok) return { match: result };
  const { candidates } = result;
  if (result.reason === 'ambiguous')
    return {
      th: `"${formatPlaceLabel(place)}" มีหลายแห่ง ระบุอำเภอให้ชัด`,
      en: `several places are called "${formatPlaceLabel(place)}"; give the district`,
      candidates,
      ambiguous: true,
    };
  return {
    th: `ไม่พบ "${formatPlaceLabel(place)}" ในทะเบียนพื้นที่ (ตรวจการสะกด)`,
    en: `"${formatPlaceLabel(place)}" is not in the gazetteer (check the spelling)`,
    candidates,
    ambiguous: false,
  };
}

const candidateList = (candidates: readonly PlaceMatch[]) => candidates.map(placeLabel).join('; ');

/** Places as given in the JSON file or options, each resolved against the gazetteer. */
export function readPlaces(value: unknown, file: string): { matches: PlaceMatch[]; problems: Problem[] } {
  const matches: PlaceMatch[] = [];
  const problems: Problem[] = [];
  const raws = Array.isArray(value) ? (value as unknown[]) : [];
  if (!raws.length)
    problems.push({
      file,
      severity: 'error',
      field: 'places (--province --district --tambon)',
      th: 'ยังไม่ได้ใส่พื้นที่ ต้องมีอย่างน้อยหนึ่งแห่ง',
      en: 'no place given; at least one is needed',
      expected: fieldGuideFor(['places']),
    });
  raws.forEach((raw, index) => {
    const fields = (raw ?? {}) as Record<string, unknown>;
    const place: PlaceAnswer = { province: text(fields.province) };
    if (text(fields.district)) place.district = text(fields.district);
    if (text(fields.tambon)) place.tambon = text(fields.tambon);
    const field = `places[${index}]`;
    if (!place.province) {
      problems.push({
        file,
        severity: 'error',
        field,
        th: 'ยังไม่ได้ใส่จังหวัด',
        en: 'the province is missing',
        expected: fieldGuideFor(['places', 0]),
      });
      return;
    }
    const read = resolvePlaceAnswer(place);
    if ('match' in read) matches.push(read.match);
    else
      problems.push({
        file,
        severity: 'error',
        field,
        th: `${read.th}${read.candidates.length ? ` ${read.ambiguous ? 'ได้แก่' : 'ที่ใกล้เคียง'}: ${candidateList(read.candidates)}` : ''}`,
        en: `${read.en}${read.candidates.length ? `; ${read.ambiguous ? 'they are' : 'closest'}: ${candidateList(read.candidates)}` : ''}`,
      });
  });
  return { matches, problems };
}
