/** Ready-made comparisons, the seed article's question first. Every id is checked by a unit test. */
import type { EntityId } from '../data/schema';
import type { MessageKey } from '../shared/i18n';

export interface Preset {
  readonly label: MessageKey;
  readonly ids: readonly EntityId[];
}

export const PRESETS: readonly Preset[] = [
  { label: 'popupPresetSiliconValleys', ids: ['city:shenzhen', 'city:beijing', 'city:hangzhou'] },
  { label: 'popupPresetPhones', ids: ['company:xiaomi', 'company:oppo', 'company:vivo', 'company:honor'] },
  { label: 'popupPresetEv', ids: ['company:byd', 'company:nio', 'company:xpeng', 'company:li-auto'] },
  { label: 'popupPresetAi', ids: ['company:deepseek', 'company:moonshot-ai', 'company:zhipu-ai', 'company:minimax'] },
  { label: 'popupPresetChips', ids: ['company:smic', 'company:hua-hong', 'company:ymtc', 'company:cxmt'] },
  {
    label: 'popupPresetPlans',
    ids: ['policy:13th-five-year-plan', 'policy:14th-five-year-plan', 'policy:15th-five-year-plan'],
  },
];
