/**
 * Firefox shows an extension in a language only when the browser itself has that language: Debian ships
 * each one as a language pack package (firefox-esr-l10n-zh-cn for zh-CN). Without it, the requested
 * language silently falls back to English, so a scenario asking for one says what to install instead.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The Debian package that provides `lang` for Firefox ESR. */
export const langpackPackage = (lang: string) => `firefox-esr-l10n-${lang.toLowerCase()}`;

/** Throws one line saying what to install when Firefox at `executable` has no language pack for `lang`. */
export function assertLanguageInstalled(executable: string, lang: string): void {
  if (/^en(-US)?$/i.test(lang)) return; // built in
  const packs = join(dirname(realpathSync(executable)), 'browser', 'extensions');
  if (!existsSync(packs)) return; // not a Debian-style layout: nothing to check against
  const wanted = `langpack-${lang.toLowerCase()}@`;
  if (readdirSync(packs).some((file) => file.toLowerCase().startsWith(wanted))) return;
  throw new Error(
    `Firefox has no ${lang} language pack, so the extension would show in English: \`sudo apt-get install -y ${langpackPackage(lang)}\``,
  );
}
