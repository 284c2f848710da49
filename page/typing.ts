/** How long typing must pause before Someday reads the box: long enough not to read mid-word. */
export const TYPING_PAUSE_MS = 300;
