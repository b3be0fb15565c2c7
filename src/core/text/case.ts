/** Whether the first letter of the text is a lower-case one ("chỉ số SIPAS …", "viên chức"). */
export function startsLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const lower = ch.toLowerCase();
    if (lower !== ch.toUpperCase()) return ch === lower;
  }
  return false;
}
