/** The entities being compared: two to four of one kind. Pure, so the rules are tested once. */
import { kindOf, type EntityId } from '../data/schema';
import { MAX_COMPARED } from './url-state';

export type SelectionNotice = 'limit' | 'otherKind';
export interface SelectionChange {
  readonly selection: readonly EntityId[];
  readonly notice?: SelectionNotice;
}

/** Adds one entity; another kind starts the comparison afresh (said so), a fifth is refused. */
export function addToSelection(selection: readonly EntityId[], id: EntityId): SelectionChange {
  if (selection.includes(id)) return { selection };
  if (selection.length && kindOf(selection[0]!) !== kindOf(id)) return { selection: [id], notice: 'otherKind' };
  if (selection.length >= MAX_COMPARED) return { selection, notice: 'limit' };
  return { selection: [...selection, id] };
}

export const removeFromSelection = (selection: readonly EntityId[], id: EntityId): readonly EntityId[] => selection.filter((s) => s !== id);
