/**
 * Positions for the entity diagram: entities on a circle (or a single row for two), links as straight
 * lines clipped at the boxes' edges. Pure, so it can be tested without a browser.
 */
import type { AppSpec } from '../../lib/api/types.ts';

export const BOX = { width: 132, height: 34 } as const;

export interface DiagramNode {
  name: string;
  x: number;
  y: number;
}

export interface DiagramEdge {
  from: string;
  to: string;
  kind: AppSpec['relations'][number]['kind'];
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export function layoutDiagram(spec: Pick<AppSpec, 'entities' | 'relations'>): DiagramLayout {
  const names = spec.entities.map((entity) => entity.name);
  const count = names.length;
  const radius = count <= 1 ? 0 : Math.max(110, (count * (BOX.width + 24)) / (2 * Math.PI));
  const margin = { x: BOX.width / 2 + 16, y: BOX.height / 2 + 16 };
  const width = Math.round(2 * (radius + margin.x));
  const height = Math.round(2 * (radius * (count <= 2 ? 0.35 : 0.8) + margin.y));
  const center = { x: width / 2, y: height / 2 };

  const nodes = names.map((name, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(count, 1) + (count === 2 ? Math.PI / 2 : 0);
    return {
      name,
      x: center.x + radius * Math.cos(angle),
      y: center.y + radius * (count <= 2 ? 0.35 : 0.8) * Math.sin(angle),
    };
  });
  const byName = new Map(nodes.map((node) => [node.name, node]));

  const edges = spec.relations.flatMap((relation): DiagramEdge[] => {
    const from = byName.get(relation.from);
    const to = byName.get(relation.to);
    if (!from || !to || from === to) return [];
    const start = clipToBox(from, to);
    const end = clipToBox(to, from);
    return [
      { from: from.name, to: to.name, kind: relation.kind, x1: start.x, y1: start.y, x2: end.x, y2: end.y },
    ];
  });
  return { width, height, nodes, edges };
}

/** Where the line from `box`'s centre towards `target` leaves the box. */
function clipToBox(box: DiagramNode, target: DiagramNode): { x: number; y: number } {
  const dx = target.x - box.x;
  const dy = target.y - box.y;
  if (dx === 0 && dy === 0) return box;
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : BOX.width / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : BOX.height / 2 / Math.abs(dy),
  );
  return { x: box.x + dx * scale, y: box.y + dy * scale };
}
