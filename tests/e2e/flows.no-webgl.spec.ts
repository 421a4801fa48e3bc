/** Chapter 7's flow without WebGL: it trains on TensorFlow.js's CPU backend and says so. */
import { expect, test } from './fixtures';

const CHAPTER = process.env['FLOWS_PAGE'] ?? '/part-3/normalizing-flows/';

test('the 2-d flow trains on the CPU backend when WebGL is unavailable', async ({ page }) => {
  await page.goto(`${CHAPTER}#flow`);
  const fig = page.locator('#flow');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('flow-status')).toHaveText('Ready: press Start.', { timeout: 30_000 });
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  const nll = async () => Number((await fig.getByTestId('flow-nll-test').textContent())?.replace('−', '-'));
  const start = await nll();
  await fig.getByRole('button', { name: 'Start' }).click();
  await expect.poll(nll, { timeout: 30_000 }).toBeLessThan(start - 0.15);
  await fig.getByRole('button', { name: 'Pause' }).click();
  await expect(fig.getByTestId('flow-status')).toHaveText('Paused.');
  await expect(fig.getByTestId('flow-step-ms')).toContainText('ms per training step');
});

test('the change-of-variables figure needs no TensorFlow.js and works the same', async ({ page }) => {
  await page.goto(`${CHAPTER}#cov`);
  const fig = page.locator('#cov');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('cov-mass')).toHaveText('1.0000');
});
