// Splits a command line into words as bash does for the CLI panel: blanks separate words, single
// quotes keep everything literally, double quotes keep blanks and honour \" \\ \$ \`, and a
// backslash outside quotes escapes the next character.

export type TokenizeResult = { ok: true; words: string[] } | { ok: false; error: string };

export function tokenize(line: string): TokenizeResult {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const ch = line.charAt(i);
    if (ch === ' ' || ch === '\t' || ch === '\n') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return unexpectedEof("'");
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < line.length) {
        const c = line.charAt(i);
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        if (c === '\\' && '"\\$`'.includes(line.charAt(i + 1)) && i + 1 < line.length) {
          word += line.charAt(i + 1);
          i += 2;
        } else {
          word += c;
          i++;
        }
      }
      if (!closed) return unexpectedEof('"');
      inWord = true;
    } else if (ch === '\\') {
      // A trailing backslash continues the line in bash; here the line simply ends.
      if (i + 1 < line.length) word += line.charAt(i + 1);
      inWord = true;
      i += 2;
    } else {
      word += ch;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return { ok: true, words };
}

function unexpectedEof(quote: string): TokenizeResult {
  return {
    ok: false,
    error: `-bash: unexpected EOF while looking for matching \`${quote}'\n-bash: syntax error: unexpected end of file`,
  };
}
