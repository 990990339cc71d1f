/** What every view needs to turn entities into words: names, language and the formatting context. */
import { getEntity, type Entity, type EntityId } from '../data/index';
import { t, uiLanguage } from '../shared/i18n';
import type { NameDisplay } from '../shared/settings';
import type { FormatContext } from './format';
import { unitLabel } from './labels';
import { nameParts, plainName, type NameParts } from '../shared/names';

export interface ViewContext {
  readonly names: (entity: Entity) => NameParts;
  readonly format: FormatContext;
}

export function createViewContext(nameDisplay: NameDisplay): ViewContext {
  const locale = uiLanguage() || 'en';
  const names = (entity: Entity) => nameParts(entity, nameDisplay, locale);
  return {
    names,
    format: {
      locale,
      nameOf: (id: EntityId) => {
        const entity = getEntity(id);
        return entity ? plainName(names(entity)) : id;
      },
      noFigure: t('popupNoFigure'),
      noneRecorded: t('popupNoneRecorded'),
      yearsDiffer: (a, b) => t('popupYearsDiffer', [String(a), String(b)]),
      unitLabel,
      disputed: t('popupDisputed'),
    },
  };
}
