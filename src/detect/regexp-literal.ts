/** The pattern that matches `text` literally. `/` is escaped too, so the result also fits a regex literal. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
