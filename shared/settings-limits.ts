// Bounds of the admin settings, shared by the contract (main refuses anything outside them) and the
// settings panel (which says why before sending). Pure.

export const IDLE_LOCK_MIN_MINUTES = 1;
/** An unattended, unlocked screen shows patient notes: half an hour is the most an admin may allow. */
export const IDLE_LOCK_MAX_MINUTES = 30;
export const BREAK_GLASS_MIN_MINUTES = 5;
export const BREAK_GLASS_MAX_MINUTES = 480;

export const IDLE_LOCK_RANGE_MESSAGE = `The idle lock must be between ${IDLE_LOCK_MIN_MINUTES} and ${IDLE_LOCK_MAX_MINUTES} minutes: an unattended, unlocked screen shows patient notes.`;
export const BREAK_GLASS_RANGE_MESSAGE = `Emergency access must last between ${BREAK_GLASS_MIN_MINUTES} and ${BREAK_GLASS_MAX_MINUTES} minutes.`;

/** Validation messages written here, with no request data in them: main may pass them to the renderer. */
export const SAFE_VALIDATION_MESSAGES: readonly string[] = [IDLE_LOCK_RANGE_MESSAGE, BREAK_GLASS_RANGE_MESSAGE];
