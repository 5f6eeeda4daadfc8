/** Client routes and list filters every frontend derives the same way from the REST contract. */
import type { EntityModel } from '../../model.ts';

/** Route path of the entity's list, e.g. "/order-items". */
export const listPath = (model: EntityModel) => `/${model.slug}`;

/** The list filter a many-to-many exposes, e.g. "tagIds" → "tagId" (see the REST contract). */
export const manyFilterKey = (key: string) => key.replace(/Ids$/, 'Id');
