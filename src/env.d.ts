/// <reference types="astro/client" />

// For plain `tsc` (Astro's own checker types .astro files itself).
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
