/** Build-time constants (src/cli/detect-entities-plugin.ts). */
declare const __CTL_PREFILTER__: import('./prefilter').PrefilterWords;
