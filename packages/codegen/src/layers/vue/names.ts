/** Names and paths of the Vue pages generated per entity, so every template agrees on them. */
import type { EntityModel } from '../../model.ts';

export type PageKind = 'List' | 'Detail' | 'Form';

export const PAGE_KINDS: readonly PageKind[] = ['List', 'Detail', 'Form'];

/** Component name of an entity page, e.g. "OrderItemListPage". */
export const pageComponent = (model: EntityModel, kind: PageKind) => `${model.name}${kind}Page`;

/** Path of the page inside the client, e.g. "src/pages/order-item/OrderItemListPage.vue". */
export const pageFile = (model: EntityModel, kind: PageKind) =>
  `src/pages/${model.file}/${pageComponent(model, kind)}.vue`;
