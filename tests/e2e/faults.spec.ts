/**
 * Every kind of download, broken four ways: missing (404), cut short, the
 * right size with the wrong bytes, and stalled (headers sent, the body never
 * finishes). Each gives an error naming the file with a Retry, the rest of the
 * page keeps working, and once the fault is gone Retry brings the figure back.
 * One representative figure per kind of download: a model's weights and
 * pca.bin on the reconstruction figure, the held-out labels there too, the
 * word vectors on the neighbours figure.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page, Route } from '@playwright/test';
import { nearestNeighbours } from '../../widgets/lib/embeddings/core/similarity';
import { fixed } from '../../widgets/lib/format';
import { CHAPTER, expectedErrors } from './autoencoders-expected';
import { CHAPTER_11, emb, tableWords } from './embedding-helpers';
import { expect, test } from './fixtures';

type Fault = '404' | 'truncated' | 'corrupted' | 'stalled';

/** What the error detail says for each fault. */
const SAYS: Record<Fault, RegExp> = {
  '404': /not-found \(HTTP 404/,
  truncated: /truncated \(/,
  corrupted: /is damaged: its contents do not match the published checksum/,
  stalled: /network \(timed out: no data for 2 s/,
};

// The loaders read this test hook (widgets/lib/load/fetch-bytes.ts, stallMs) so a stall fails in 2 s, not 20.
const STALL_MS = 2_000;

// A server that sends a response's headers and a first chunk, then nothing, ever: a stalled download.
let stallServer: Server;
let stallUrl = '';
test.beforeAll(async () => {
  stallServer = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '1000000' });
    res.write(new Uint8Array(1000));
  });
  await new Promise<void>((resolve) => stallServer.listen(0, '127.0.0.1', resolve));
  stallUrl = `http://127.0.0.1:${(stallServer.address() as AddressInfo).port}/stalled`;
});
test.afterAll(() => {
  stallServer.closeAllConnections();
  stallServer.close();
});

test.beforeEach(async ({ page }) => {
  await page.addInitScript((ms) => {
    (window as unknown as { __LWL_STALL_MS__: number }).__LWL_STALL_MS__ = ms;
  }, STALL_MS);
});

/** Serve `file` (a path under the site) with `fault()` applied; `null` serves it as built. */
async function breakFile(page: Page, file: string, fault: () => Fault | null, corrupt: (b: Buffer) => Buffer): Promise<void> {
  await page.route(`**/${file}`, async (route: Route) => {
    const now = fault();
    if (now === null) return route.fallback();
    if (now === '404') return route.fulfill({ status: 404, body: 'gone' });
    // The browser sees its own URL; the bytes come from the stalling server.
    if (now === 'stalled') return route.continue({ url: stallUrl });
    const body = await (await route.fetch()).body();
    return route.fulfill({
      status: 200,
      body: now === 'truncated' ? body.subarray(0, body.length >> 1) : corrupt(Buffer.from(body)),
    });
  });
}

interface Case {
  /** How the figure names the download. */
  what: string;
  /** The file's path on the site. */
  file: string;
  /** How the error names it: the model or data set, and the file. */
  names: string;
  /** A same-size corruption of the file. */
  corrupt?: (b: Buffer) => Buffer;
}

/** Same size, a few bytes changed. */
const flipBytes = (b: Buffer) => b.map((v, i) => (i % 4096 === 7 ? v ^ 0x55 : v)) as Buffer;

/**
 * Load `open()` with each fault in turn (Retry between them), check the alert names
 * the file and the fault, then lift the fault, Retry, and return the figure.
 */
async function eachFault(page: Page, fig: Locator, open: () => Promise<void>, { what, file, names, corrupt = flipBytes }: Case) {
  let fault: Fault | null = '404';
  await breakFile(page, file, () => fault, corrupt);
  const alert = fig.getByRole('alert');
  for (const f of ['404', 'truncated', 'corrupted', 'stalled'] as const) {
    fault = f;
    if (f === '404') await open();
    else await fig.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toContainText(`${what} could not be loaded`, { timeout: 30_000 });
    await expect(alert).toContainText(SAYS[f]);
    await expect(alert).toContainText(names);
  }
  fault = null;
  await fig.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toHaveCount(0, { timeout: 30_000 });
}

// ---- The reconstruction figure: a model's weights, pca.bin, the held-out digits ----

async function reconPage(page: Page): Promise<{ fig: Locator; open: () => Promise<void> }> {
  const fig = page.locator('#recon');
  const open = async () => {
    await page.goto(`${CHAPTER}#recon`);
    await fig.scrollIntoViewIfNeeded();
  };
  return { fig, open };
}

async function expectNormalRecon(page: Page, fig: Locator) {
  await expect(fig.getByTestId('recon-results')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const want = await expectedErrors(0, 16);
  for (const m of ['ae16', 'ae2', 'pca'] as const)
    await expect(fig.getByTestId(`recon-mse-${m}`)).toHaveText(`MSE ${fixed(want[m], 4)}`);
  // The 8-3-8 figure on the same page downloads nothing and was never affected.
  const enc = page.locator('#enc838');
  await enc.scrollIntoViewIfNeeded();
  await enc.getByRole('button', { name: 'Step 50' }).click();
  await expect(enc.getByTestId('enc838-status')).toHaveAttribute('data-steps', '50');
}

const RECON_FILES: Case[] = [
  { what: 'The ae-d16 model', file: 'models/ae-d16/encoder/weights.bin', names: 'model "ae-d16": encoder/weights.bin' },
  { what: 'The PCA model', file: 'models/pca/pca.bin', names: 'model "pca": pca.bin' },
  {
    what: 'The held-out digits',
    file: 'data/mnist/heldout-labels.u8',
    names: 'data "mnist-heldout": data/mnist/heldout-labels.u8',
    corrupt: (b) => b.fill(0xff),
  },
];

// Each test loads its own page; they need not wait for one another.
test.describe.configure({ mode: 'parallel' });

for (const c of RECON_FILES) {
  test(`reconstruction: ${c.file} missing, cut short, damaged or stalled names the file; Retry recovers`, async ({
    page,
    problems,
  }) => {
    problems.allow(c.file);
    const { fig, open } = await reconPage(page);
    await eachFault(page, fig, open, c);
    await expectNormalRecon(page, fig);
    // The gallery is back, with real labels (0xFF labels once showed "Digit #0, a 255").
    await expect(fig.getByRole('button', { name: /^Digit #0, a \d$/ })).toBeVisible();
  });
}

// ---- The neighbours figure: the word vectors ----

test('neighbours: the word vectors missing, cut short, damaged or stalled name the file; Retry recovers', async ({
  page,
  problems,
}) => {
  const file = 'data/glove/vectors.bin';
  problems.allow(file);
  const fig = page.locator('#nn');
  const open = async () => {
    await page.goto(`${CHAPTER_11}#nn`);
    await fig.scrollIntoViewIfNeeded();
  };
  await eachFault(page, fig, open, { what: 'The word vectors', file, names: '"word vectors": vectors.bin' });
  const table = fig.getByTestId('nn-results');
  await expect(table).toBeVisible({ timeout: 30_000 });
  expect(await tableWords(table)).toEqual(nearestNeighbours(emb, 'frog', 10).neighbours.map((w) => w.word));
  // The skip-gram figure trains on its own corpus and downloads nothing.
  const sg = page.locator('#skipgram');
  await sg.scrollIntoViewIfNeeded();
  await sg.getByRole('button', { name: 'Step 10' }).click();
  await expect(sg.getByTestId('skipgram-epoch')).toHaveText('Epoch 10 of 200');
});
