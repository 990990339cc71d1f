/** The popup in a Chinese-language browser: Chinese strings and Chinese names first. */
import { expect, it } from 'vitest';
import { extensionForFile } from './harness/for-file';

const ext = extensionForFile({ lang: 'zh-CN' });

it('shows the comparison in Chinese with Chinese names first', async () => {
  const page = await ext.openPopup('?compare=city:shenzhen,city:beijing,city:hangzhou');
  await page.waitFor(() => document.querySelector('table.compare'));
  const view = await page.evaluate(() => ({
    heading: document.getElementById('compare-heading')!.textContent,
    firstHeader: document.querySelector('table.compare thead th[data-id] .name > span')!.textContent,
    population: document.querySelector('table.compare tr[data-field="population"] th')!.textContent,
    lang: document.documentElement.lang,
  }));
  expect(view).toEqual({ heading: '对比', firstHeader: '深圳', population: '人口', lang: expect.stringMatching(/^zh/) });
  expect(page.errors()).toEqual([]);
  await page.close();
});
