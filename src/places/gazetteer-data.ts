/**
 * The site's gazetteer, built from src/generated/gazetteer.json (npm run gazetteer:build).
 * The only module that imports the JSON; everything else takes a `Gazetteer`.
 */
import data from '../generated/gazetteer.json';
import { createGazetteer } from './gazetteer';

export const gazetteer = createGazetteer(data);
