import { proposeSlug } from '../slug';
import type { CaseTemplateAnswers } from '../template';
import type { Problem } from '../validate/problem';
import * as answer from './answers';
import type { Existing, RawAnswers, Read } from './answers';
import { officialNames, readPlaces } from './places';

/**
 * Checks answers given all at once (JSON file or options), with no questions: every wrong answer
 * is reported, naming its option; with none, the answers and the slug (proposed when not given).
 */
export function collect(
  answers: RawAnswers,
  existing: Existing,
  source: string,
): { answers?: CaseTemplateAnswers; slug?: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const take = <T>(read: Read<T>, option: string): T | undefined => {
    if ('value' in read) return read.value;
    problems.push({
      file: source,
      severity: 'error',
      field: `${read.field} (${option})`,
      ...(read.issue ?? { th: read.error, en: read.error }),
    });
    return undefined;
  };
  const title = take(answer.readUniqueTitle(answers.title, existing.titles), '--title');
  const summary = take(answer.readSummary(answers.summary), '--summary');
  const area = take(answer.readArea(answers.area), '--area');
  const systems = take(answer.readSystems(answers.systems), '--system');
  const name = take(answer.readLgName(answers.localGovernment?.name), '--lg-name');
  const type = take(answer.readLgType(answers.localGovernment?.type), '--lg-type');
  const started = take(answer.readStarted(answers.started), '--started');
  const sourceTitle = take(answer.readSourceTitle(answers.source?.title), '--source-title');
  const sourceUrl = take(answer.readSourceUrl(answers.source?.url), '--source-url');

  const { matches, problems: placeProblems } = readPlaces(answers.places, source);
  problems.push(...placeProblems);

  const slug = answers.slug === undefined ? undefined : take(answer.readSlug(answers.slug, existing.slugs), '--slug');

  const first = matches[0];
  if (
    problems.length ||
    !first ||
    !title ||
    !area ||
    !systems ||
    !name ||
    !type ||
    started === undefined ||
    !sourceTitle ||
    !sourceUrl
  )
    return { problems };
  return {
    answers: {
      title,
      area,
      systems,
      places: matches.map(officialNames),
      localGovernment: { name, type },
      started,
      source: { title: sourceTitle, url: sourceUrl },
      summary,
    },
    slug: slug ?? proposeSlug(area, first, existing.slugs),
    problems,
  };
}
