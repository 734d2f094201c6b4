import type { PlaceMatch, ResolveResult } from '../../src/places/gazetteer';
import { placeLabel } from '../../src/places/labels';

/** The match, or a failure that names what came back instead. */
export function expectMatch(result: ResolveResult): PlaceMatch {
  if (!result.ok)
    throw new Error(`expected a match, got ${result.reason}: ${result.candidates.map(placeLabel).join(' | ')}`);
  return result;
}

/** The failure, or an error naming the place that matched instead. */
export function expectFailure(result: ResolveResult) {
  if (result.ok) throw new Error(`expected a failure, got ${placeLabel(result)}`);
  return result;
}
