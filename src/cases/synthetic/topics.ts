/**
 * The kinds of practice synthetic cases are about, with the words their pages use. The words are
 * data (topics.json); this module checks them against the vocabulary when it loads.
 */
import { z } from 'zod';
import { CORE_AREA_SLUGS, SYSTEM_SLUGS } from '../vocabulary';
import topics from './topics.json';

const topicSchema = z.object({
  area: z.enum(CORE_AREA_SLUGS),
  systems: z.array(z.enum(SYSTEM_SLUGS)).min(1),
  /** What the practice is called. */
  name: z.string().min(1),
  tags: z.array(z.string().min(1)).min(1),
  /** What was done, one sentence each. */
  actions: z.array(z.string().min(1)).min(1),
  /** Results; {n} is a number, {p} a percentage, {y} a year. */
  results: z.array(z.string().min(1)).min(1),
});

/** A kind of practice: what it is called and the words its pages use. */
export type Topic = z.infer<typeof topicSchema>;

export const TOPICS: readonly Topic[] = z.array(topicSchema).min(1).parse(topics);
