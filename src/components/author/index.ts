import type { AuthorComponent } from '../../cases/mdx-rules';
import Figure from './Figure.astro';
import KeyFigure from './KeyFigure.astro';
import Quote from './Quote.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';

/** The components case authors may use in MDX without import lines (see src/cases/mdx-rules.ts). */
export const authorComponents: Record<AuthorComponent, unknown> = { Figure, KeyFigure, Quote, Steps, Step };
