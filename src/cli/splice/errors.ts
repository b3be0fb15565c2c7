/** Thrown for anything the splicer does not understand, before a byte is written. */
export class SpliceUnsupported extends Error {}
