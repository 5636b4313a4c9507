/** The policy format's `date` (an exception's `expires`): a real calendar day, written YYYY-MM-DD. */
/** True for a real calendar date written YYYY-MM-DD (2026-02-29 is not one; 2028-02-29 is). */
export declare function isCalendarDate(text: string): boolean;
