/**
 * Styles inside our shadow root. Colours meet WCAG AA on both themes; `.theme-light` / `.theme-dark`
 * force a theme, otherwise the reader's colour scheme decides.
 */
import { KIND_COLOURS } from './palette';

const LIGHT = `--bg:#ffffff;--fg:#1b1f24;--muted:#545d68;--border:#c9d1d9;--link:#0b57d0;--chip:#eef2f6;--focus:#0b57d0;--shadow:rgba(0,0,0,.18);`;
const DARK = `--bg:#1e2228;--fg:#e6edf3;--muted:#a3adb8;--border:#454d57;--link:#8ab4f8;--chip:#2b313a;--focus:#8ab4f8;--shadow:rgba(0,0,0,.5);`;

export const SHADOW_CSS = `
:host { all: initial; }
.marks { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.mark { position: absolute; box-sizing: border-box; pointer-events: none; border-radius: 2px; }
.card {
  ${LIGHT}
  position: fixed; box-sizing: border-box; z-index: 2147483647; pointer-events: auto;
  width: max-content; max-width: min(22rem, calc(var(--ctl-vw, 100vw) - 16px)); max-height: calc(100vh - 16px); overflow: auto;
  margin: 0; padding: 10px 14px 12px; border: 1px solid var(--border); border-radius: 8px;
  background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px var(--shadow);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
  text-align: left; direction: ltr; letter-spacing: normal; word-spacing: normal; text-transform: none;
  white-space: normal; overflow-wrap: anywhere; visibility: visible; opacity: 1;
}
.card[hidden] { display: none; }
@media (prefers-color-scheme: dark) { .card.theme-system { ${DARK} } }
.card.theme-dark { ${DARK} }
.card * { box-sizing: border-box; font: inherit; color: inherit; margin: 0; padding: 0; }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 2px; }
.kind { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.kind::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; background: currentColor; vertical-align: 1px; }
${Object.entries(KIND_COLOURS)
  .map(([k, c]) => `.kind-${k}::before { background: ${c}; }`)
  .join('\n')}
.notice { color: var(--muted); }
button { cursor: pointer; border: 1px solid var(--border); background: var(--chip); border-radius: 6px; padding: 2px 8px; font-size: 13px; line-height: 1.4; }
button:hover { border-color: var(--muted); }
.close { margin-left: auto; border: none; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; color: var(--muted); }
.back { font-size: 12px; }
.name { font-size: 17px; font-weight: 700; line-height: 1.3; }
.alt { font-weight: 400; color: var(--muted); }
.summary { margin-top: 4px; }
.claims { margin-top: 8px; display: grid; gap: 4px; }
.claim { padding: 4px 8px; border-left: 3px solid var(--muted); background: var(--chip); border-radius: 0 6px 6px 0; font-size: 13px; }
.facts { margin-top: 8px; display: grid; gap: 2px; }
.fact { display: grid; grid-template-columns: 7.5em 1fr; gap: 8px; }
.fact dt { color: var(--muted); }
.year { color: var(--muted); font-size: 12px; }
.related { margin-top: 8px; }
.section-title { color: var(--muted); font-size: 12px; }
.ref { border: none; background: none; padding: 0; color: var(--link); text-decoration: underline; font-size: inherit; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin-top: 2px; }
.chip::before { content: ""; display: inline-block; width: 6px; height: 6px; border-radius: 50%; margin-right: 5px; vertical-align: 1px; }
.sources { margin-top: 8px; font-size: 12px; color: var(--muted); }
a { color: var(--link); text-decoration: underline; }
.foot { margin-top: 10px; display: flex; justify-content: flex-end; }
.compare { font-weight: 600; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--focus); }
`;
