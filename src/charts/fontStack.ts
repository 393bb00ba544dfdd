/**
 * The name of the one font every chart uses, and the CSS font list written into the
 * charts' config: plain constants, so the theme can be built where the font files are
 * not read (the explorer's page). The files themselves are found in fonts.ts.
 */

/** The family name inside the font files. */
export const FONT_FAMILY = 'Source Sans 3';
/** The CSS font list written into charts: the pinned face first, then fallbacks for viewers without it. */
export const FONT_STACK = "'Source Sans 3', 'Source Sans Pro', Arial, Helvetica, sans-serif";
