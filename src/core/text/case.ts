/** Whether the first letter of the text is a lower-case one ("chỉ số SIPAS …", "viên chức"). */
export function startsLowercase(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase();
}
