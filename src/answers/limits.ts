// Every bound on what a file may make the reader do, in one place (style.md §12a "Bounded by
// design"). A file past a bound is refused with a problem that names the bound; nothing that walks
// a file walks it recursively, so no bound depends on the size of the call stack.

/** 1 MiB: a complete file is about 5 kB, so anything near this size is not ours. Checked before
 *  a file is read, decoded or hashed. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Arrays and objects inside each other. An answers file needs 3 (file → answers → a list). */
export const MAX_NESTING = 8;

/** Unknown question ids (or unknown fields) named one by one; the rest are one count. */
export const MAX_UNKNOWN_LISTED = 20;

/** Problems listed for one file; the rest are one "and N more" line. */
export const MAX_PROBLEMS_LISTED = 50;

/** How much of a value from the file is quoted in a message. */
export const MAX_QUOTED_CHARS = 40;
