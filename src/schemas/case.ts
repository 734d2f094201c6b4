import { z } from 'zod';
import { CORE_AREA_SLUGS, EVIDENCE_LEVELS, LOCAL_GOVERNMENT_TYPES, SYSTEM_SLUGS } from '../cases/vocabulary';
import { contactSchema } from './contact';
import { placeSchema } from './place';
import { calendarDateSchema } from './review-date';
import { sourceSchema } from './source';
import { studyVisitSchema } from './study-visit';
import { yearSchema } from './year';

/** Longest summary that still fits a result card. */
export const SUMMARY_MAX_LENGTH = 300;
export const TITLE_MAX_LENGTH = 120;

/** An ASCII kebab-case slug, the case's file name and URL. */
export const CASE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The local government (อปท.) that runs or backs the practice. */
export const localGovernmentSchema = z.object({
  /** Its full Thai name, e.g. องค์การบริหารส่วนตำบลดอนแก้ว. */
  name: z.string().trim().min(3),
  /** Its type, one of the slugs in domain.md (sao, subdistrict-municipality, …). */
  type: z.enum(LOCAL_GOVERNMENT_TYPES),
});

/** An organisation that worked with the local government on the practice. */
export const partnerSchema = z.object({
  /** The partner's name in Thai (or as it writes itself). */
  name: z.string().trim().min(2),
  /** What the partner did, in a few Thai words. */
  role: z.string().trim().min(2),
});

/** Money behind the practice, as a source states it. */
export const budgetSchema = z.object({
  /** Amount in baht, a plain number (196655, not "196,655 บาท"). */
  amountBaht: z.number().nonnegative(),
  /** Where the money came from. */
  source: z.string().trim().min(2),
  /** The period the amount covers, in Thai words. */
  period: z.string().trim().min(2),
});

/** A result the sources report, with its figure. */
export const outcomeSchema = z.object({
  /** What was measured or achieved. */
  label: z.string().trim().min(2),
  /** The figure or result as the source gives it. */
  value: z.string().trim().min(1),
  /** The year the figure refers to, in พ.ศ. or ค.ศ. */
  year: yearSchema.optional(),
});

/** The front matter of a case file, content/cases/<slug>.mdx. */
export const caseSchema = z
  .object({
    /** The case's name in Thai, as readers would search for it. */
    title: z.string().trim().min(4).max(TITLE_MAX_LENGTH),
    /** One or two Thai sentences for result cards: what was done, where, with what result. */
    summary: z.string().trim().min(20).max(SUMMARY_MAX_LENGTH),
    /** Exactly one of the five core areas. */
    area: z.enum(CORE_AREA_SLUGS),
    /** Any of the eleven working systems. */
    systems: z.array(z.enum(SYSTEM_SLUGS)).default([]),
    /** Free Thai keywords readers may search for. */
    tags: z.array(z.string().trim().min(1)).default([]),
    /** Where the practice happened: one or more tambons, districts or provinces. */
    places: z.array(placeSchema).min(1),
    /** The local government that runs or backs the practice. */
    localGovernment: localGovernmentSchema,
    /** Year the practice started, in พ.ศ. or ค.ศ., or `ไม่ทราบ` when no source gives it. Stored in ค.ศ. */
    started: yearSchema,
    /** When the start year is unknown: the earliest year a source shows the practice already running. */
    knownSince: yearSchema.optional(),
    /** Organisations that worked on it, each with its role. */
    partners: z.array(partnerSchema).default([]),
    /** Money behind it, when a source states it. */
    budget: budgetSchema.optional(),
    /** Results with figures, when sources report them. */
    outcomes: z.array(outcomeSchema).optional(),
    /** Study-visit details when the place is a learning site (จุดเรียนรู้). */
    studyVisit: studyVisitSchema.optional(),
    /** The office's public contact. */
    contact: contactSchema.optional(),
    /** Published sources for the facts; at least one. */
    sources: z.array(sourceSchema).min(1),
    /** How well the facts are established: verified, reported or snapshot. */
    evidence: z.enum(EVIDENCE_LEVELS),
    /** The day a coordinator last checked the case against its sources, YYYY-MM-DD. */
    lastReviewed: calendarDateSchema,
    /** Slugs of cases this one copied or adapted. */
    adaptedFrom: z.array(z.string().regex(CASE_SLUG_PATTERN)).optional(),
    /** Slugs of decentralization-tracker entries (laws, regulations, funds) that let a local government do this. */
    legalBasis: z.array(z.string().regex(CASE_SLUG_PATTERN)).optional(),
    /** true only for generated benchmark and test cases, which are never published with real ones. */
    synthetic: z.boolean().optional(),
  })
  .strict();

export type CaseInput = z.input<typeof caseSchema>;
export type CaseData = z.output<typeof caseSchema>;
