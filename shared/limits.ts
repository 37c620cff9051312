// Input limits enforced at the boundary. A note larger than this is refused with a clear message
// rather than truncated; 2 MB of UTF-8 is far beyond any single clinical note.
export const MAX_NOTE_BYTES = 2 * 1024 * 1024;
export const MAX_NOTE_CHARS = MAX_NOTE_BYTES;
export const MAX_PATH_CHARS = 4096;
export const MAX_NAME_CHARS = 64;
export const MAX_PASSPHRASE_CHARS = 1024;
export const MAX_REASON_CHARS = 1000;
export const MAX_SEARCH_CHARS = 500;

/** Notes the history lists at a time ("Show more" asks for the next page): a screenful, and what a search ranks and snippets. */
export const HISTORY_PAGE = 25;
