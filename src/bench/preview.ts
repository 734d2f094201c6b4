// Moved to src/build/preview.ts: `npm run book` serves the build the same way.
export { startPreview, type PreviewedSite } from '../../src/build/preview';
