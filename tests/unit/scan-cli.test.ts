/** The scan command line, spawned for real. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html-text';

const root = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'scan-cli-'));

function scan(args: readonly string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scan.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const write = (name: string, content: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('html to text', () => {
  it('drops hidden elements and comments, keeps inline words whole, decodes entities', () => {
    const html =
      '<p>Ali<b>baba</b> &amp; Tencent&#8217;s deal</p><script>Shenzhen()</script><style>.Wuhan{}</style>' +
      '<!-- Chengdu --><noscript>Hefei</noscript><template>Xiamen</template><div data-x="a>b">Xi&rsquo;an &#x6DF1;&#x5733;</div>';
    expect(htmlToText(html)).toBe('Alibaba & Tencent’s deal\n\nXi’an 深圳');
  });
});

describe('scan CLI', { timeout: 30_000 }, () => {
  it('prints a table for a text file and help on --help', () => {
    const file = write('a.txt', 'Alibaba and Tencent. Alibaba again, in Hangzhou.');
    const r = scan([file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mention\s+entity\s+kind\s+count/);
    expect(r.out).toMatch(/Alibaba\s+Alibaba Group\s+company\s+2/);
    expect(scan(['--help']).out).toContain('--jsonl');
  });
  it('prints JSON mentions of the visible text of an HTML file, and reads stdin with -', () => {
    const file = write('b.html', '<html><script>var Beijing</script><body><p>Shenzhen &amp; <i>Baidu</i></p></body></html>');
    const r = scan(['--json', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      { start: 0, end: 8, id: 'city:shenzhen', text: 'Shenzhen' },
      { start: 11, end: 16, id: 'company:baidu', text: 'Baidu' },
    ]);
    expect(JSON.parse(scan(['--json', '-'], 'Meet Huawei.').out)).toEqual([{ start: 5, end: 11, id: 'company:huawei', text: 'Huawei' }]);
  });
  it('annotates JSON Lines, reports bad lines by number and still processes the rest', () => {
    const r = scan(['--jsonl'], '{"text":"Xiaomi in Beijing","n":1}\nnot json\n{"n":3}\n{"text":"none"}\n');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/line 2/);
    expect(r.err).toMatch(/line 3/);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        text: 'Xiaomi in Beijing',
        n: 1,
        mentions: [
          { start: 0, end: 6, id: 'company:xiaomi', text: 'Xiaomi' },
          { start: 10, end: 17, id: 'city:beijing', text: 'Beijing' },
        ],
      },
      { text: 'none', mentions: [] },
    ]);
  });
  it('exits 2 with a clear message on an unreadable file', () => {
    const r = scan([path.join(dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read .*missing\.txt: no such file/);
  });
});
