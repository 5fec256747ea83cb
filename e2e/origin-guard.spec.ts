// The suite's origin guard (fixtures.ts) really catches a request that leaves the page's origin.
// Nothing goes out: each outside request is answered by a route before it reaches the network.
import { expect, test } from './fixtures';
import { newUnwatchedContext, requestOriginProblem, watchContextRequests } from './origin-guard';

const OUTSIDE = 'http://outside.invalid/pixel.png';

test('the origin rule: same origin, data:, blob: and about: pass; any other origin fails', () => {
  const origin = 'http://127.0.0.1:4321';
  expect(requestOriginProblem('http://127.0.0.1:4321/lab/assets/a.js', origin)).toBeUndefined();
  expect(requestOriginProblem('data:image/png;base64,AAAA', origin)).toBeUndefined();
  expect(requestOriginProblem('blob:http://127.0.0.1:4321/0a1b', origin)).toBeUndefined();
  expect(requestOriginProblem('about:blank', origin)).toBeUndefined();
  for (const url of [
    'http://127.0.0.1:4322/lab/',
    'https://127.0.0.1:4321/lab/',
    'http://localhost:4321/lab/',
    'https://fonts.example.com/a.woff2',
    'chrome-extension://abc/script.js',
    'ws://127.0.0.1:4321/',
  ]) {
    expect(requestOriginProblem(url, origin), url).toMatch(/^request left the origin/);
  }
});

test('a watched context notes a request from a second page and from a worker', async ({
  browser,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const problems: string[] = [];
  const context = await newUnwatchedContext(browser);
  watchContextRequests(context, origin, problems);
  await context.route('http://outside.invalid/**', (route) =>
    route.fulfill({ status: 204, body: '' }),
  );
  const page = await context.newPage();
  await page.setContent(`<img src="${OUTSIDE}">`);
  await expect.poll(() => problems).toContain(`request left the origin ${origin}: ${OUTSIDE}`);
  await page.evaluate((url) => {
    const source = `fetch(${JSON.stringify(url + '?from=worker')})`;
    new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  }, OUTSIDE);
  await expect
    .poll(() => problems)
    .toContain(`request left the origin ${origin}: ${OUTSIDE}?from=worker`);
  await context.close();
});

test.describe('the fixture itself', () => {
  // Expected to fail: the body passes, so only the guard's check at teardown can fail it. If the
  // guard let the request through, this test would pass unexpectedly and the suite would fail.
  test.fail();

  test('fails a test whose page requests another origin', async ({ page, context }) => {
    await context.route('http://outside.invalid/**', (route) =>
      route.fulfill({ status: 204, body: '' }),
    );
    const outside = page.waitForRequest(OUTSIDE);
    await page.setContent(`<img src="${OUTSIDE}">`);
    await outside;
  });
});
