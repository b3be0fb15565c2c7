/**
 * Calls fn for every match of a global regex, without the RegExp clone and iterator matchAll makes on each call
 * (felt in a cold run over thousands of cells). The regex must not match the empty string.
 */
export function eachMatch(re: RegExp, s: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) fn(m);
}
