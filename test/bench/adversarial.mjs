// Inputs built to defeat a parser that backtracks or rescans: one repeated piece, 400 KB long.
// Each was slow in some version of GeoLens or a library it uses (RESULTS.md says which and when).
const PIECES = {
  'unclosed [': '[',
  'unclosed link [a](': '[a](',
  'unclosed (': '(',
  'straight quotes': '"',
  'curly quotes': '“',
  '"Mr. " runs': 'Mr. ',
  'initials "A. "': 'A. ',
  '"he said" runs': 'he said ',
  'quotes and "he said,"': '“Yes,” he said, ',
  'block quote lines': '> a said b.\n',
  'table rows': '| a | b |\n',
  'headings': '# India\n',
  'unclosed front matter': null,
  'one long word': 'abcdefghij',
  'digits': '1',
  'numbers': '1 ',
  'money': '$1 ',
  'ranges 1-2-3': '1-',
  'percentages': '1% ',
  'years': '2023 ',
  'months': 'March ',
  '1,1,1': '1,',
  '1.1.1': '1.',
  'emphasis *': '*',
  'underscores': '_a',
  'backslashes': '\\',
  'emoji': '😀',
  'lone surrogates': '\uD800',
  '"according to" runs': 'according to ',
  'country names': 'India ',
  'capitalised words': 'Foo ',
  'blank lines': '\n',
  'CRLF': '\r\n',
  'spaces': ' ',
  'hyphens': '-',
  'dashes': '—',
  'broken paragraphs': 'word\n\nword ',
  'ellipses': '… ',
  'URLs': 'https://a.b/',
  'e-mail-like 1.1@': '1.1@',
  'HTML-like <a': '<a ',
  'roles before names': 'Defence Minister Tomás Arrieta spoke. Arrieta left. ',
  'acronyms defined': 'The Y Movement (YM) struck; YM said. ',
  'capitalised runs': 'Bank of Zembla Authority ',
};

export const ADVERSARIAL_BYTES = 400_000;

/**
 * Thousands of different words, each capitalised in the first half and in lower case in the
 * second: every "is this word written in lower case here?" has a different answer to find.
 */
function distinctWords(bytes) {
  const words = [];
  for (let n = 0, length = 0; length < bytes / 2; n++) {
    let word = '';
    for (let k = n + 26 * 26; k > 0; k = Math.floor(k / 26)) word += String.fromCharCode(97 + (k % 26));
    words.push(word);
    length += word.length + 1;
  }
  const capitalised = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  return `${capitalised} ${words.join(' ')}`.slice(0, bytes);
}

/** Every adversarial input: [name, text]. */
export function adversarialInputs(bytes = ADVERSARIAL_BYTES) {
  const fill = (piece) => piece.repeat(Math.ceil(bytes / piece.length)).slice(0, bytes);
  return [
    ...Object.entries(PIECES).map(([name, piece]) => [name, piece === null ? `---\n${fill('title: x\n')}` : fill(piece)]),
    ['distinct words, capitalised then in lower case', distinctWords(bytes)],
  ];
}
