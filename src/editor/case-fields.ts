/**
 * The form for a case: one Keystatic field per front-matter field of src/schemas/case.ts, in the
 * schema's order (which is the order of the keys in a saved file), with the labels and help texts
 * the schema gives. Custom fields where Keystatic's own cannot express a shape: places (picked from
 * the gazetteer), years (พ.ศ., ค.ศ. or ไม่ทราบ), yes/no inside an optional group.
 */
import { fields } from '@keystatic/core';
import {
  CASE_STATUS_INFO,
  CORE_AREAS,
  EVIDENCE_LEVEL_INFO,
  LOCAL_GOVERNMENT_KINDS,
  WORKING_SYSTEMS,
} from '../cases/vocabulary';
import { CASE_SLUG_PATTERN, SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH } from '../schemas/case';
import { booleanChoiceField } from './fields/boolean-choice-field';
import { placeField } from './fields/place-field';
import { yearField } from './fields/year-field';
import { labelOf, optionsOf } from './labels';

const text = (path: string, options: { multiline?: boolean; min?: number; max?: number } = {}) =>
  fields.text({
    ...labelOf(path),
    multiline: options.multiline ?? false,
    validation: { length: { min: options.min ?? 0, ...(options.max ? { max: options.max } : {}) } },
  });

const slugList = (path: string) =>
  fields.array(
    fields.text({
      ...labelOf(path),
      validation: { pattern: { regex: CASE_SLUG_PATTERN, message: 'a-z, 0-9 และ - เท่านั้น / a-z, 0-9 and - only' } },
    }),
    { ...labelOf(path), itemLabel: (props) => props.value || '—' },
  );

/** Every front-matter field of a case, as form fields. */
export function caseFormFields() {
  return {
    title: fields.slug({
      name: { ...labelOf('title'), validation: { length: { min: 4, max: TITLE_MAX_LENGTH } } },
      slug: {
        label: 'ชื่อไฟล์และที่อยู่เว็บ (slug)',
        description:
          'อักษรอังกฤษตัวเล็ก ตัวเลข และขีด เช่น don-kaeo-elderly-care ตั้งครั้งเดียวแล้วไม่เปลี่ยน / the file name and web address, set once',
        validation: {
          pattern: { regex: CASE_SLUG_PATTERN, message: 'a-z, 0-9 และ - เท่านั้น / a-z, 0-9 and - only' },
        },
      },
    }),
    status: fields.select({ ...labelOf('status'), options: optionsOf(CASE_STATUS_INFO), defaultValue: 'draft' }),
    summary: text('summary', { multiline: true, min: 20, max: SUMMARY_MAX_LENGTH }),
    area: fields.select({ ...labelOf('area'), options: optionsOf(CORE_AREAS), defaultValue: 'learning' }),
    systems: fields.multiselect({ ...labelOf('systems'), options: optionsOf(WORKING_SYSTEMS) }),
    tags: fields.array(text('tags', { min: 1 }), { ...labelOf('tags'), itemLabel: (props) => props.value || '—' }),
    places: fields.array(placeField(labelOf('places')), {
      ...labelOf('places'),
      validation: { length: { min: 1 } },
      itemLabel: (props) => {
        const place = props.value as { province: string; district?: string; tambon?: string };
        return [place.tambon, place.district, place.province].filter(Boolean).join(' ') || '—';
      },
    }),
    localGovernment: fields.object(
      {
        name: text('localGovernment.name', { min: 3 }),
        type: fields.select({
          ...labelOf('localGovernment.type'),
          options: optionsOf(LOCAL_GOVERNMENT_KINDS),
          defaultValue: 'sao',
        }),
      },
      labelOf('localGovernment'),
    ),
    started: yearField({ ...labelOf('started'), required: true }),
    knownSince: yearField({ ...labelOf('knownSince'), required: false }),
    partners: fields.array(
      fields.object(
        { name: text('partners[].name', { min: 2 }), role: text('partners[].role', { min: 2 }) },
        labelOf('partners'),
      ),
      { ...labelOf('partners'), itemLabel: (props) => props.fields.name.value || '—' },
    ),
    budget: fields.object(
      {
        amountBaht: fields.number({ ...labelOf('budget.amountBaht'), validation: { min: 0 } }),
        source: text('budget.source'),
        period: text('budget.period'),
      },
      labelOf('budget'),
    ),
    outcomes: fields.array(
      fields.object(
        {
          label: text('outcomes[].label', { min: 2 }),
          value: text('outcomes[].value', { min: 1 }),
          year: yearField({ ...labelOf('outcomes[].year'), required: false }),
        },
        labelOf('outcomes'),
      ),
      { ...labelOf('outcomes'), itemLabel: (props) => props.fields.label.value || '—' },
    ),
    studyVisit: fields.object(
      {
        offered: booleanChoiceField({ ...labelOf('studyVisit.offered'), yes: 'รับดูงาน (true)', no: 'ไม่รับแล้ว (false)' }),
        host: text('studyVisit.host'),
        learn: fields.array(text('studyVisit.learn', { min: 2 }), {
          ...labelOf('studyVisit.learn'),
          itemLabel: (props) => props.value || '—',
        }),
        groupSize: text('studyVisit.groupSize'),
        season: text('studyVisit.season'),
        booking: text('studyVisit.booking'),
      },
      labelOf('studyVisit'),
    ),
    contact: fields.object(
      {
        office: text('contact.office'),
        phone: text('contact.phone'),
        email: text('contact.email'),
        web: text('contact.web'),
      },
      labelOf('contact'),
    ),
    sources: fields.array(
      fields.object(
        {
          title: text('sources[].title', { min: 3 }),
          url: fields.url({ ...labelOf('sources[].url'), validation: { isRequired: true } }),
          accessed: fields.date(labelOf('sources[].accessed')),
        },
        labelOf('sources'),
      ),
      {
        ...labelOf('sources'),
        validation: { length: { min: 1 } },
        itemLabel: (props) => props.fields.title.value || props.fields.url.value || '—',
      },
    ),
    evidence: fields.select({
      ...labelOf('evidence'),
      options: optionsOf(EVIDENCE_LEVEL_INFO),
      defaultValue: 'snapshot',
    }),
    lastReviewed: fields.date({
      ...labelOf('lastReviewed'),
      defaultValue: { kind: 'today' },
      validation: { isRequired: true },
    }),
    adaptedFrom: slugList('adaptedFrom'),
    legalBasis: slugList('legalBasis'),
    photos: fields.array(
      fields.object(
        {
          // Saved as content/cases/<slug>/…, written ./<slug>/… (beside the case file, for astro:assets).
          file: fields.image({
            ...labelOf('photos[].file'),
            directory: 'content/cases',
            publicPath: './',
            validation: { isRequired: true },
          }),
          caption: text('photos[].caption', { min: 3 }),
          credit: text('photos[].credit', { min: 2 }),
          licence: text('photos[].licence', { min: 2 }),
        },
        labelOf('photos'),
      ),
      { ...labelOf('photos'), itemLabel: (props) => props.fields.caption.value || '—' },
    ),
    synthetic: fields.ignored(),
  };
}
