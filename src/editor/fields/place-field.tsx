import type { FormFieldStoredValue } from '@keystatic/core';
import { gazetteer } from '../../places/gazetteer-data';
import type { PlaceInput } from '../../schemas/place';
import { customField } from './custom-field';
import { CONTROL_STYLE, FieldFrame } from './field-frame';

/** A place as the file stores it: names as written (and a code when one was given). */
type PlaceValue = PlaceInput;

const KEYS = ['province', 'district', 'tambon', 'code'] as const;

const thaiOrder = <T extends { th: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.th.localeCompare(b.th, 'th'));
const PROVINCES = thaiOrder(gazetteer.provinces);

/** Why a place is refused, Thai and English; undefined when the gazetteer knows exactly one such unit. */
export function placeProblem(value: PlaceValue): string | undefined {
  if (!value.province.trim()) return 'เลือกจังหวัด / choose a province';
  const result = gazetteer.resolvePlace(value);
  if (result.ok) return undefined;
  const names = [value.tambon, value.district, value.province].filter(Boolean).join(' ');
  return result.reason === 'ambiguous'
    ? `"${names}" ตรงกับหลายแห่ง เลือกใหม่จากรายการ / "${names}" matches several places: pick again from the lists`
    : `ไม่พบ "${names}" ในทะเบียนพื้นที่ เลือกใหม่จากรายการ / "${names}" is not in the gazetteer: pick again from the lists`;
}

/** The value for a choice in the lists: names from the gazetteer, a code only where names are ambiguous. */
function chosen(provinceCode: string, districtCode: string, tambonCode: string): PlaceValue {
  const province = gazetteer.province(provinceCode);
  if (!province) return { province: '' };
  const district = districtCode ? gazetteer.district(districtCode) : undefined;
  const tambon = tambonCode ? gazetteer.tambon(tambonCode) : undefined;
  const value: PlaceValue = { province: province.th };
  if (district) value.district = district.th;
  if (tambon) value.tambon = tambon.th;
  if (!gazetteer.resolvePlace(value).ok) value.code = tambon?.code ?? district?.code ?? province.code;
  return value;
}

/** One level of the picker: a list of the gazetteer's units at that level, in Thai order. */
function LevelSelect(props: {
  level: 'province' | 'district' | 'tambon';
  label: string;
  /** The empty choice's text. */
  none: string;
  units: readonly { code: string; th: string }[];
  value: string;
  disabled?: boolean;
  onChange: (code: string) => void;
}) {
  return (
    <select
      aria-label={props.label}
      data-place-level={props.level}
      value={props.value}
      disabled={props.disabled ?? false}
      onChange={(event) => props.onChange(event.target.value)}
      style={CONTROL_STYLE}
    >
      <option value="">{props.none}</option>
      {props.units.map((unit) => (
        <option key={unit.code} value={unit.code}>
          {unit.th}
        </option>
      ))}
    </select>
  );
}

function PlacePicker(props: {
  label: string;
  description: string;
  value: PlaceValue;
  onChange: (value: PlaceValue) => void;
  forceValidation: boolean | undefined;
}) {
  const { value, onChange } = props;
  const match = value.province.trim() ? gazetteer.resolvePlace(value) : undefined;
  const found = match?.ok ? match : undefined;
  const provinceCode = found?.province.code ?? '';
  const districtCode = found?.district?.code ?? '';
  const tambonCode = found?.tambon?.code ?? '';
  const problem = placeProblem(value);
  const written = KEYS.map((key) => value[key])
    .filter(Boolean)
    .join(' / ');
  return (
    <FieldFrame
      label={props.label}
      description={props.description}
      error={props.forceValidation || (match && !match.ok) ? problem : undefined}
    >
      {match && !match.ok && <span style={{ fontSize: 13 }}>ในไฟล์เขียนไว้ว่า / the file says: {written}</span>}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <LevelSelect
          level="province"
          label="จังหวัด"
          none="— เลือกจังหวัด —"
          units={PROVINCES}
          value={provinceCode}
          onChange={(code) => onChange(chosen(code, '', ''))}
        />
        <LevelSelect
          level="district"
          label="อำเภอ"
          none="— ทั้งจังหวัด —"
          units={provinceCode ? thaiOrder(gazetteer.districtsOf(provinceCode)) : []}
          value={districtCode}
          disabled={!provinceCode}
          onChange={(code) => onChange(chosen(provinceCode, code, ''))}
        />
        <LevelSelect
          level="tambon"
          label="ตำบล"
          none="— ทั้งอำเภอ —"
          units={districtCode ? thaiOrder(gazetteer.tambonsOf(districtCode)) : []}
          value={tambonCode}
          disabled={!districtCode}
          onChange={(code) => onChange(chosen(provinceCode, districtCode, code))}
        />
      </div>
    </FieldFrame>
  );
}

/**
 * A place picked province → district → tambon from the gazetteer (src/generated/gazetteer.json),
 * so a misspelt name cannot be saved. A place already in a file keeps its names as written (and
 * its code) until the coordinator picks another.
 */
export function placeField(args: { label: string; description: string }) {
  return customField<PlaceValue>({
    label: args.label,
    defaultValue: () => ({ province: '' }),
    parse: (stored) => {
      const raw = (stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {}) as Record<
        string,
        unknown
      >;
      const value: PlaceValue = { province: raw.province === undefined ? '' : String(raw.province) };
      for (const key of ['district', 'tambon', 'code'] as const)
        if (raw[key] !== undefined && raw[key] !== null) value[key] = String(raw[key]);
      return value;
    },
    serialize: (value) => {
      const out: Record<string, string> = {};
      for (const key of KEYS) if (value[key]) out[key] = value[key];
      return out as FormFieldStoredValue;
    },
    validate: (value) => {
      const problem = placeProblem(value);
      if (problem) throw new Error(problem);
    },
    Input: ({ value, onChange, forceValidation }) => (
      <PlacePicker
        label={args.label}
        description={args.description}
        value={value}
        onChange={onChange}
        forceValidation={forceValidation}
      />
    ),
  });
}
