/** Which name(s) to show: Chinese when the UI is Chinese or the reader asked for it (settings.nameDisplay). */
import type { Entity } from '../data/schema';
import type { NameDisplay } from '../shared/settings';

export interface NameParts {
  readonly primary: string;
  readonly primaryLang: 'en' | 'zh-CN';
  readonly secondary?: string;
}

export function nameParts(entity: Entity, mode: NameDisplay, uiIsChinese: boolean): NameParts {
  const en = entity.name;
  const zh = entity.names.zh;
  if (mode === 'both' && zh !== en) {
    return uiIsChinese ? { primary: zh, primaryLang: 'zh-CN', secondary: en } : { primary: en, primaryLang: 'en', secondary: zh };
  }
  return mode === 'zh' || uiIsChinese ? { primary: zh, primaryLang: 'zh-CN' } : { primary: en, primaryLang: 'en' };
}

/** One line of text: "Shenzhen (深圳)". */
export const plainName = (p: NameParts) => (p.secondary ? `${p.primary} (${p.secondary})` : p.primary);
