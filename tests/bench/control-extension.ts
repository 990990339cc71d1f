/**
 * The control for "what the page pays": an empty MV3 extension, generated into a temporary folder.
 * It has what every extension like ours makes the browser do (a content script injected into every
 * http(s) page at document_idle, a service worker that starts with the browser) and nothing else, so
 * the extension's figure minus the control's is what our code adds.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ControlExtension {
  readonly dir: string;
  remove(): void;
}

export function createControlExtension(): ControlExtension {
  const dir = mkdtempSync(join(tmpdir(), 'ctl-bench-control-'));
  const manifest = {
    manifest_version: 3,
    name: 'Bench control (empty)',
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle', all_frames: true }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), '// empty\n');
  writeFileSync(join(dir, 'worker.js'), '// empty\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
