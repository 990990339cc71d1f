/**
 * Which name(s) an entity is shown by, on the card and in the popup alike (settings.nameDisplay):
 * "English" or "Chinese" is that name alone, as the reader chose; "both" puts the name in the
 * interface's language first and the other after it.
 */
import type { Entity } from '../data/schema';
import type { NameDisplay } from './settings';

export type NameLang = 'en' | 'zh-CN';

export interface NameParts {
  readonly primary: string;
  readonly primaryLang: NameLang;
  readonly secondary?: string;
  readonly secondaryLang?: NameLang;
}

export function nameParts(entity: Pick<Entity, 'name' | 'names'>, mode: NameDisplay, uiLanguage: string): NameParts {
  const en = { text: entity.name, lang: 'en' as const };
  const zh = { text: entity.names.zh, lang: 'zh-CN' as const };
  if (mode === 'en') return { primary: en.text, primaryLang: en.lang };
  if (mode === 'zh' || zh.text === en.text) return { primary: zh.text, primaryLang: zh.lang };
  const [first, second] = uiLanguage.toLowerCase().startsWith('zh') ? [zh, en] : [en, zh];
  return { primary: first.text, primaryLang: first.lang, secondary: second.text, secondaryLang: second.lang };
}

/** One line of text: "Shenzhen (深圳)". */
export const plainName = (p: NameParts): string => (p.secondary ? `${p.primary} (${p.secondary})` : p.primary);
