import { ArrowRight, Link2 } from 'lucide-react';
import { Badge } from '../../components/ui/badge.tsx';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card.tsx';
import type { AppSpec, Entity, Field } from '../../lib/api/types.ts';
import { describeRelation, RELATION_SHORT } from './describe-relation.ts';
import { EntityDiagram } from './EntityDiagram.tsx';

/** The AppSpec as people read it: a diagram, each entity with its fields, and the relations as sentences. */
export function DataModelView({ spec }: { spec: AppSpec }) {
  return (
    <div className="flex flex-col gap-6" data-testid="data-model">
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <Card className="overflow-hidden">
          <CardHeader>
            <CardTitle>Diagram</CardTitle>
            <CardDescription>
              {count(spec.entities.length, 'entity', 'entities')} ·{' '}
              {count(spec.relations.length, 'relation', 'relations')}
            </CardDescription>
          </CardHeader>
          <CardContent className="flex justify-center bg-muted/30">
            <EntityDiagram spec={spec} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Relations</CardTitle>
            <CardDescription>How the entities link to each other</CardDescription>
          </CardHeader>
          <CardContent>
            {spec.relations.length === 0 ? (
              <p className="text-sm text-muted-foreground">No relations: the entities stand alone.</p>
            ) : (
              <ul className="flex flex-col gap-3 text-sm" aria-label="Relations">
                {spec.relations.map((relation) => (
                  <li key={`${relation.from}.${relation.name}`} className="flex gap-2">
                    <Badge className="mt-px h-5 font-mono">{RELATION_SHORT[relation.kind]}</Badge>
                    <span>{describeRelation(relation)}</span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>

      {spec.features.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted-foreground">Features</span>
          {spec.features.map((feature) => (
            <Badge key={feature} tone="info">
              {feature}
            </Badge>
          ))}
        </div>
      )}

      <section aria-label="Entities" className="grid gap-4 md:grid-cols-2">
        {spec.entities.map((entity) => (
          <EntityCard key={entity.name} entity={entity} spec={spec} />
        ))}
      </section>
    </div>
  );
}

function EntityCard({ entity, spec }: { entity: Entity; spec: AppSpec }) {
  const links = spec.relations.filter((relation) => relation.from === entity.name);
  return (
    <Card data-testid="entity-card" data-entity={entity.name}>
      <CardHeader>
        <div className="flex items-baseline gap-2">
          <h3 className="text-base font-semibold tracking-tight">{entity.name}</h3>
          <span className="text-xs text-muted-foreground">{entity.pluralLabel}</span>
        </div>
        {entity.description && <CardDescription>{entity.description}</CardDescription>}
      </CardHeader>
      <CardContent className="px-0 py-0">
        <table className="w-full text-sm">
          <caption className="sr-only">Fields of {entity.name}</caption>
          <thead>
            <tr className="border-b text-left text-xs text-muted-foreground">
              <th scope="col" className="px-5 py-2 font-medium">
                Field
              </th>
              <th scope="col" className="px-2 py-2 font-medium">
                Type
              </th>
              <th scope="col" className="px-5 py-2 text-right font-medium">
                <span className="sr-only">Constraints</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entity.fields.map((field) => (
              <FieldRow key={field.name} field={field} />
            ))}
          </tbody>
        </table>
        {links.length > 0 && (
          <ul
            className="flex flex-col gap-1.5 border-t px-5 py-3 text-xs text-muted-foreground"
            aria-label={`Links from ${entity.name}`}
          >
            {links.map((relation) => (
              <li key={relation.name} className="flex items-center gap-1.5">
                <Link2 aria-hidden="true" className="size-3.5" />
                <span className="font-mono text-foreground">{relation.name}</span>
                <ArrowRight aria-hidden="true" className="size-3" />
                <span className="font-medium text-foreground">{relation.to}</span>
                <span>
                  ({relation.kind}
                  {relation.required ? ', required' : ''})
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="border-t px-5 py-2 text-xs text-muted-foreground">
          Also: <span className="font-mono">id</span>, <span className="font-mono">createdAt</span>,{' '}
          <span className="font-mono">updatedAt</span>
        </p>
      </CardContent>
    </Card>
  );
}

function FieldRow({ field }: { field: Field }) {
  return (
    <tr className="border-b last:border-b-0">
      <th scope="row" className="px-5 py-2 text-left font-mono text-[13px] font-normal">
        {field.name}
      </th>
      <td className="px-2 py-2">
        <span className="font-mono text-xs text-accent">{field.type}</span>
        {field.type === 'enum' && field.enumValues.length > 0 && (
          <span className="ml-1.5 text-xs text-muted-foreground">{field.enumValues.join(' | ')}</span>
        )}
      </td>
      <td className="px-5 py-2 text-right">
        <span className="inline-flex gap-1">
          {field.required && <Badge>required</Badge>}
          {field.unique && <Badge tone="info">unique</Badge>}
        </span>
      </td>
    </tr>
  );
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
