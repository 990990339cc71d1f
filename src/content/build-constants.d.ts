/** Build-time constants (src/cli/detect-entities-plugin.ts). */
declare const __CTL_DETECT_ENTITIES__: readonly import('../detect/types').DetectEntity[];
