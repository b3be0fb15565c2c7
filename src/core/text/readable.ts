import { detectLegacy, decodeLegacy } from './legacy';
import { findMarkup, stripMarkup } from './markup';

/** The text as a reader would see it: conversion markup stripped, legacy TCVN3/VNI decoded. For matching only, never written back. */
export function readable(text: string): string {
  let s = text;
  if (s.includes('<') || s.includes('&')) {
    if (findMarkup(s) !== undefined) s = stripMarkup(s);
  }
  const enc = detectLegacy(s);
  return enc ? decodeLegacy(s, enc) : s;
}
