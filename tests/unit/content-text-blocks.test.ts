// @vitest-environment happy-dom
/** Text collection: what the page scanner reads and what it must never read. */
import { describe, expect, it } from 'vitest';
import { blockAncestor, collectBlocks, locate } from '../../src/content/text-blocks';

const setBody = (html: string) => {
  // Test fixture markup only; the product never parses HTML.
  document.body.innerHTML = html;
};
const texts = (root: Node = document.body, isHidden = (el: Element) => (el as HTMLElement).hidden === true) =>
  [...collectBlocks(root, { isHidden })].map((b) => b.text.trim());

describe('collectBlocks', () => {
  it('joins text split by inline markup into one block, keeping the spaces between', () => {
    setBody('<p>Policies such as <b>Made in China</b> <i>2025</i> matter.</p><p>Second.</p>');
    expect(texts()).toEqual(['Policies such as Made in China 2025 matter.', 'Second.']);
  });

  it('skips form fields, editable regions, code, scripts and hidden subtrees', () => {
    setBody(`<p>Shenzhen</p><textarea>Baidu</textarea><input value="Lenovo"><select><option>Xiaomi</option></select>
      <div contenteditable="true">Tencent <span>Huawei</span></div><pre>BYD</pre><p>x <code>NIO</code></p>
      <script>var Alibaba</script><style>.Geely{}</style><noscript>JD</noscript><p hidden>Hidden Baidu</p><p>Beijing</p>`);
    const all = texts().join(' | ');
    expect(all).toContain('Shenzhen');
    expect(all).toContain('Beijing');
    for (const name of ['Baidu', 'Lenovo', 'Xiaomi', 'Tencent', 'Huawei', 'BYD', 'NIO', 'Alibaba', 'Geely', 'JD']) {
      expect(all).not.toContain(name);
    }
  });

  it('enters open shadow roots and leaves our own host alone', () => {
    setBody('<p>Outer Shenzhen</p><div id="host"></div><china-tech-lens id="ours">Card Baidu</china-tech-lens>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Inner Hangzhou';
    root.append(p);
    const blocks = [...collectBlocks(document.body, { ignore: (el) => el.id === 'ours', isHidden: () => false })];
    expect(blocks.map((b) => b.text.trim())).toEqual(['Outer Shenzhen', 'Inner Hangzhou']);
  });

  it('maps block offsets back to text nodes', () => {
    setBody('<p>ab<b>cd</b>ef</p>');
    const [block] = [...collectBlocks(document.body, { isHidden: () => false })];
    expect(locate(block!, 2).node.data).toBe('cd');
    expect(locate(block!, 2).offset).toBe(0);
    // An end offset at a node boundary stays in the node before it.
    expect(locate(block!, 4, true).node.data).toBe('cd');
    expect(locate(block!, 4, true).offset).toBe(2);
  });

  it('finds the block around inline content', () => {
    setBody('<p id="p">a <a href="#"><b id="b">b</b></a></p>');
    expect(blockAncestor(document.getElementById('b')!)).toBe(document.getElementById('p'));
  });
});
