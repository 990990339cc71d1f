/** Build-time constants (src/cli/detect-entities-plugin.ts). */
/** The prefilter's words (`PrefilterWords` from ./prefilter) as JSON text. */
declare const __CTL_PREFILTER__: string;
/** False only in the e2e harness's build that paints without the CSS Custom Highlight API. */
declare const __CTL_HIGHLIGHT_API__: boolean;
/** The browser a build is for (vite.config.ts). */
declare const __TARGET__: 'chrome' | 'firefox';
