/** Reads GET /api/stacks into the options of the stack select, whatever detail each stack carries. */
import type { StackOption } from '../../lib/api/types.ts';

export const DEFAULT_STACK: StackOption = {
  id: 'react-express-postgres',
  label: 'React + Express + PostgreSQL',
  default: true,
};

export function stackOptionsFrom(body: unknown): StackOption[] {
  const list = Array.isArray(body) ? body : (body as { stacks?: unknown } | undefined)?.stacks;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): StackOption[] => {
    if (typeof item === 'string') return [{ id: item, label: item }];
    if (!item || typeof item !== 'object') return [];
    const stack = item as Record<string, unknown>;
    const id = String(stack.id ?? stack.name ?? '');
    if (!id) return [];
    const layers = ['frontend', 'backend', 'database']
      .map((layer) => stack[layer])
      .filter((layer): layer is string => typeof layer === 'string');
    const label = String(
      stack.label ?? stack.title ?? (layers.length ? layers.map(titleCase).join(' + ') : id),
    );
    const option: StackOption = { id, label };
    if (typeof stack.description === 'string') option.description = stack.description;
    if (stack.default === true) option.default = true;
    return [option];
  });
}

function titleCase(word: string): string {
  const known: Record<string, string> = {
    postgres: 'PostgreSQL',
    sqlite: 'SQLite',
    mysql: 'MySQL/MariaDB',
    react: 'React',
    express: 'Express',
  };
  return known[word] ?? word.charAt(0).toUpperCase() + word.slice(1);
}
