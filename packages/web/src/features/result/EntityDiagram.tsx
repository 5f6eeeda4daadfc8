import { useId } from 'react';
import type { AppSpec } from '../../lib/api/types.ts';
import { RELATION_SHORT } from './describe-relation.ts';
import { BOX, layoutDiagram } from './diagram-layout.ts';

/** A small SVG of the entities and their links; the list beside it carries the same facts as text. */
export function EntityDiagram({ spec }: { spec: Pick<AppSpec, 'entities' | 'relations'> }) {
  const layout = layoutDiagram(spec);
  const arrow = `${useId()}-arrow`;
  return (
    <svg
      role="img"
      aria-label={`Diagram of ${spec.entities.length} entities and ${spec.relations.length} relations`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      // Natural size at most: a small model is not blown up to fill the card.
      width={layout.width}
      className="h-auto max-w-full"
    >
      <defs>
        <marker
          id={arrow}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="fill-muted-foreground" />
        </marker>
      </defs>
      {layout.edges.map((edge) => (
        <g key={`${edge.from}-${edge.to}-${edge.kind}`} data-testid="diagram-edge">
          <line
            x1={edge.x1}
            y1={edge.y1}
            x2={edge.x2}
            y2={edge.y2}
            className="stroke-muted-foreground/70"
            strokeWidth={1.25}
            strokeDasharray={edge.kind === 'many-to-many' ? '4 3' : undefined}
            markerEnd={`url(#${arrow})`}
            markerStart={edge.kind === 'many-to-many' ? `url(#${arrow})` : undefined}
          />
          <text
            x={(edge.x1 + edge.x2) / 2}
            y={(edge.y1 + edge.y2) / 2 - 4}
            textAnchor="middle"
            className="fill-muted-foreground font-mono"
            fontSize={10}
          >
            {RELATION_SHORT[edge.kind]}
          </text>
        </g>
      ))}
      {layout.nodes.map((node) => (
        <g key={node.name} data-testid="diagram-node">
          <rect
            x={node.x - BOX.width / 2}
            y={node.y - BOX.height / 2}
            width={BOX.width}
            height={BOX.height}
            rx={8}
            className="fill-card stroke-foreground/25"
          />
          <text
            x={node.x}
            y={node.y + 4}
            textAnchor="middle"
            className="fill-foreground font-medium"
            fontSize={12.5}
          >
            {truncate(node.name, 18)}
          </text>
        </g>
      ))}
    </svg>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
