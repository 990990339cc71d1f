/** With the browser's UI in Chinese, the options page and the popup speak Chinese. */
import { describe, expect, it } from 'vitest';
import { extensionForFile } from './harness/for-file';

const ext = extensionForFile({ lang: 'zh-CN' });
const HAN = /[\u4e00-\u9fff]/;

describe('Chinese UI', () => {
  it('the options page shows Chinese labels and no untranslated English', async () => {
    const options = await ext.openOptions();
    await options.waitFor(() => document.body.dataset.ready === 'true');
    const texts = await options.evaluate(() => ({
      title: document.querySelector('h1')!.textContent!,
      legends: [...document.querySelectorAll('legend')].map((el) => el.textContent!),
      buttons: [...document.querySelectorAll('button')].map((el) => el.textContent!),
      lang: document.documentElement.lang,
    }));
    expect(texts.title).toMatch(HAN);
    for (const text of [...texts.legends, ...texts.buttons]) expect(text).toMatch(HAN);
    expect(texts.lang).toMatch(/^zh/);
    await options.close();
  });

  it('the popup shows Chinese headings', async () => {
    const popup = await ext.openPopup();
    const headings = await popup.waitFor(() => {
      const list = [...document.querySelectorAll('h2')].map((el) => el.textContent ?? '');
      return list.length && list.every((text) => text.trim()) ? list : null;
    });
    for (const heading of headings ?? []) expect(heading).toMatch(HAN);
    await popup.close();
  });
});
