/**
 * A list of paths (PATH, GOPATH) split as Go's filepath.SplitList does on the platform the
 * facts come from: `:` on Unix (src/path/filepath/path_unix.go splitList: strings.Split, and
 * an empty value is no entry); `;` on Windows, where a double-quoted part may hold `;` and the
 * quotes are removed (src/path/filepath/path_windows.go splitList). Empty entries stay: on Unix
 * they mean the current directory, which callers refuse (Go's exec.ErrDot).
 */
export function splitPathList(value: string | undefined, platform: NodeJS.Platform | string): string[] {
  if (!value) return [];
  if (platform !== 'win32' && platform !== 'windows') return value.split(':');
  const list: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '"') quoted = !quoted;
    else if (value[i] === ';' && !quoted) {
      list.push(value.slice(start, i));
      start = i + 1;
    }
  }
  list.push(value.slice(start));
  return list.map((s) => s.replaceAll('"', ''));
}
