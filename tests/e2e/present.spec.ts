/**
 * The figure menu and present mode, on chapter 4's reconstruction figure: the menu works from
 * the keyboard, Present fills the window with the figure alone in the projector palette and
 * puts present= in the address, PageDown steps through the figure's controls, Esc leaves and
 * gives focus back; a link with present= opens the figure presented; axe passes while presenting.
 */
import AxeBuilder from '@axe-core/playwright';
import { CHAPTER } from './autoencoders-expected';
import { expect, test } from './fixtures';

test('the figure menu presents a figure from the keyboard, and Esc leaves', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${CHAPTER}#recon`);
  const fig = page.locator('#recon');
  const menu = fig.getByRole('button', { name: 'Figure menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(fig.getByRole('button', { name: 'Copy link to this view' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(fig.getByRole('button', { name: 'Present' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(fig).toHaveClass(/presenting/);
  expect(new URL(page.url()).searchParams.get('present')).toBe('recon');
  const box = await fig.boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
  // The projector palette: black on white, whatever the theme.
  await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
  expect(await fig.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual([
    'rgb(255, 255, 255)',
    'rgb(0, 0, 0)',
  ]);
  const axe = await new AxeBuilder({ page }).include('#recon').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // PageDown walks the figure's own controls and stays inside it.
  const focusedInFigure = () => page.evaluate(() => document.querySelector('#recon')?.contains(document.activeElement) ?? false);
  const seen = new Set<string>();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('PageDown');
    expect(await focusedInFigure()).toBe(true);
    // Tag each control focused once, so that the set counts distinct elements.
    seen.add(
      await page.evaluate((n) => {
        const el = document.activeElement as HTMLElement | null;
        if (el) el.dataset['stepSeen'] ??= String(n);
        return el?.dataset['stepSeen'] ?? '';
      }, i),
    );
  }
  expect(seen.size).toBeGreaterThan(1);

  await page.keyboard.press('Escape');
  await expect(fig).not.toHaveClass(/presenting/);
  expect(new URL(page.url()).searchParams.get('present')).toBeNull();
  await expect(menu).toBeFocused();
});

test('a link with present= opens the figure presented', async ({ page }) => {
  test.setTimeout(120_000);
  // No #anchor: the slide's link starts the figure wherever it is on the page.
  await page.goto(`${CHAPTER}?present=recon`);
  const fig = page.locator('#recon');
  await expect(fig).toHaveClass(/presenting/);
  await expect(fig.getByRole('button', { name: 'Leave presentation' })).toBeVisible();
  // Without a click there is no full screen: the fixed figure itself must cover the header,
  // the sidebars and the chapter, corner to corner.
  const covered = await page.evaluate(() => {
    const figure = document.getElementById('recon');
    const { innerWidth: w, innerHeight: h } = window;
    const corners: [number, number][] = [
      [4, 4],
      [w - 4, 4],
      [4, h - 4],
      [w - 4, h - 4],
      [w / 2, 30],
      [150, h / 2],
    ];
    return corners.every(([x, y]) => figure?.contains(document.elementFromPoint(x, y)));
  });
  expect(covered).toBe(true);
  await fig.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(fig).not.toHaveClass(/presenting/);
});
