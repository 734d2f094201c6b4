/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** True under `astro dev` only (set by the case-validation integration): drafts are previewed. */
  readonly PREVIEW_UNPUBLISHED?: boolean;
}

// For plain `tsc` (Astro's own checker types .astro files itself).
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
