/** Build-time constants (src/cli/detect-entities-plugin.ts). */
/** The prefilter's words (`PrefilterWords` from ./prefilter) as JSON text. */
declare const __CTL_PREFILTER__: string;
