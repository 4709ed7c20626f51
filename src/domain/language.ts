/** The languages every user-facing text exists in; Finnish first. */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];
