import { htmlToReaderText, MAX_HTML_CHARS, quoteContainerStart } from '../htmlToReaderText';
import { stripTitles } from '../personName';

describe('htmlToReaderText without backtracking patterns', () => {
  it('finds quote containers by their attributes, quoted or not', () => {
    expect(quoteContainerStart('<p>Hi</p><div class="gmail_quote">old</div>')).toBe(9);
    expect(quoteContainerStart("<p>Hi</p><div id='divRplyFwdMsg' dir=ltr>old</div>")).toBe(9);
    expect(quoteContainerStart('<p>Hi</p><blockquote type=cite>old</blockquote>')).toBe(9);
    expect(quoteContainerStart('<div class="x y">Hi <span class=zmail_extra>old</span></div>')).toBe(20);
    expect(quoteContainerStart('<div class="quoted-text">not a known container</div>')).toBe(-1);
  });

  it('drops the head, styles, scripts and comments, and keeps the body after an unclosed head', () => {
    expect(htmlToReaderText('<html><head><title>T</title><style>p{}</style></head><body><!-- c --><p>Hello</p><script>x()</script><p>Bye</p></body></html>').text.trim()).toBe('Hello\nBye');
    expect(htmlToReaderText('<head><meta charset="utf-8"><p>Hello</p>').text.trim()).toBe('Hello');
  });

  it('reads an unclosed comment or style to the end, as a browser does', () => {
    expect(htmlToReaderText('<p>Hello</p><!-- never closed <p>hidden</p>').text.trim()).toBe('Hello');
    expect(htmlToReaderText('<p>Hello</p><style>p { color: red }').text.trim()).toBe('Hello');
  });

  it('reads the start of a long body and says it was cut, whatever lies past the cap', () => {
    const row = '<tr><td style="padding:4px"><p>Product update for every team.</p></td></tr>';
    const long = `<div>Hi Lan,</div><div>Mobile: 0909 888 777</div><table>${row.repeat(5_000)}</table>`;
    const read = htmlToReaderText(long);
    expect(read.truncated).toBe(true);
    expect(read.text.startsWith('Hi Lan,\nMobile: 0909 888 777\n')).toBe(true);
    // Styles that slim away stretch the raw prefix needed to fill the cap: no tag is split at its end.
    const styled = `<p>Hi</p>${`<p style="${'x'.repeat(2 * MAX_HTML_CHARS)}">Line</p>`.repeat(3)}<p>Bye</p>`;
    expect(htmlToReaderText(styled).text.trim().split('\n')).toEqual(['Hi', 'Line', 'Line', 'Line', 'Bye']);
    expect(htmlToReaderText(styled).truncated).toBe(false);
  });

  it('keeps two-letter name words that are also degrees unless written as degrees', () => {
    expect(stripTitles('Nguyễn Văn Ba')).toBe('Nguyễn Văn Ba');
    expect(stripTitles('Jane Doe, MD')).toBe('Jane Doe');
    expect(stripTitles('Jane Doe, Ph.D., MBA')).toBe('Jane Doe');
  });
});
