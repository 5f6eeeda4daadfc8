/**
 * The accounts table of an advanced project, described as an entity so every engine's DDL writes it the
 * same way as the app's own tables: email (unique, stored lower-case), the password hash, the role, the
 * session version (raised on log-out, ending the sessions issued before) and first_signup, which only the
 * first user to sign up holds (its uniqueness makes that user the one admin however many sign up at once).
 */
import type { EntityModel, FieldModel } from '../../model.ts';

/** Column on every entity table holding the id of the user who owns the record. */
export const OWNER_COLUMN = 'owner_id';

export const USER_ROLES = ['admin', 'user'] as const;

function field(
  name: string,
  column: string,
  type: FieldModel['type'],
  extra: Partial<FieldModel>,
): FieldModel {
  return {
    name,
    column,
    label: name,
    type,
    required: true,
    unique: false,
    default: null,
    enumValues: [],
    min: null,
    max: null,
    minLength: null,
    maxLength: null,
    description: '',
    ...extra,
  };
}

export function usersModel(table: string): EntityModel {
  const fields = [
    field('email', 'email', 'email', { unique: true, maxLength: 254 }),
    field('passwordHash', 'password_hash', 'string', { maxLength: 255 }),
    field('role', 'role', 'enum', { enumValues: [...USER_ROLES], default: 'user' }),
    field('sessionVersion', 'session_version', 'integer', { default: 0 }),
    field('firstSignup', 'first_signup', 'integer', { required: false, unique: true }),
  ];
  return {
    entity: {
      name: 'User',
      plural: 'Users',
      label: 'User',
      pluralLabel: 'Users',
      displayField: 'email',
      description: 'Accounts: who may log in, and whether they are an admin',
      fields,
      uniqueTogether: [],
    },
    name: 'User',
    camel: 'user',
    slug: 'users',
    file: 'user',
    table,
    label: 'User',
    pluralLabel: 'Users',
    fields,
    references: [],
    inverses: [],
    manys: [],
    displayField: 'email',
    searchable: [],
    sortable: [],
    uniqueTogether: [],
  };
}
