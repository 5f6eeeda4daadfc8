/** Names and paths of the client modules generated per entity, so every template agrees on them. */
import type { EntityModel } from '../../model.ts';

export type PageKind = 'List' | 'Detail' | 'Form';

export const PAGE_KINDS: readonly PageKind[] = ['List', 'Detail', 'Form'];

/**
 * Component name of an entity page, e.g. "OrderItemListPage". The suffixes differ in their last word,
 * so no two entities' pages can share a name.
 */
export const pageComponent = (model: EntityModel, kind: PageKind) => `${model.name}${kind}Page`;

/** Path of the page module inside the client, e.g. "src/pages/order-item/OrderItemListPage.tsx". */
export const pageFile = (model: EntityModel, kind: PageKind) =>
  `src/pages/${model.file}/${pageComponent(model, kind)}.tsx`;

/** Import specifier of a page from src/App.tsx. */
export const pageImport = (model: EntityModel, kind: PageKind) =>
  `./pages/${model.file}/${pageComponent(model, kind)}`;
