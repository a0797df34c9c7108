// The reading pages: the chapter list, a chapter's frame, and the components placed in chapters.
export const read = {};
