import { describe, expect, it } from 'vitest';
import { render } from '../../src/math/Formula';

describe('KaTeX runs with trust off', () => {
  it('a \\href, \\url or \\htmlClass in TeX never becomes markup', () => {
    for (const tex of [
      '\\href{javascript:alert(1)}{x}',
      '\\url{javascript:alert(1)}',
      '\\htmlClass{evil}{x}',
      '\\htmlStyle{color:red}{x}',
      '\\includegraphics{x.png}',
    ]) {
      const html = render(tex, false);
      expect(html, tex).not.toMatch(/<a\s|\shref=|class="evil"|<img|style="color:red/);
    }
  });
  it('markup in TeX is text', () => {
    expect(render('<img src=x onerror=alert(1)>', false)).not.toMatch(/<img/);
  });
});
