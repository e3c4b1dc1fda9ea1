import { expect, test } from './fixtures';

test('the page runs under a Content-Security-Policy with no inline script and no other origin', async ({
  watched: page,
  problems,
}) => {
  await page.goto('/#/lessons/relu-vs-sigmoid');
  expect(problems).toEqual([]);
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).not.toMatch(/https?:/);
  // An inline script is refused (the violation is reported, not run).
  const ran = await page.evaluate(async () => {
    const violated = new Promise<boolean>((r) =>
      document.addEventListener('securitypolicyviolation', () => r(true), { once: true }),
    );
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.appendChild(s);
    return {
      ran: (window as any).__inlineRan === true,
      violated: await Promise.race([violated, new Promise<boolean>((r) => setTimeout(() => r(false), 2000))]),
    };
  });
  expect(ran).toEqual({ ran: false, violated: true });
  // The browser logs that refusal as a console error: this test's own doing, so it is taken off the list.
  const ours = problems.filter((p) => /Content Security Policy/.test(p));
  expect(ours.length).toBeGreaterThan(0);
  problems.splice(0, problems.length, ...problems.filter((p) => !ours.includes(p)));
});

test('URL parameters cannot inject markup or a \\href', async ({ watched: page, problems }) => {
  const evil = [
    'dataset=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    'lr=%5Chref%7Bjavascript%3Aalert(1)%7D%7B1%7D',
    'acts=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    'depth=2%3Ca%20href%3Djavascript%3Aalert(1)%3Ex%3C%2Fa%3E',
  ];
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(`/#/lessons/relu-vs-sigmoid?${evil.join('&')}`);
  await expect(page.getByRole('button', { name: /play/i })).toBeEnabled();
  // The bad values are named in a notice, as text.
  const notice = page.getByTestId('notice-params-relu-vs-sigmoid');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('img[src="x"], a[href^="javascript:"], script:not([src])').count()).toBe(0);
  expect(await page.locator('.katex a, .katex [href]').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(problems).toEqual([]);
});
