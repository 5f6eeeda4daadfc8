import { normalizeSpec } from '@appgen/spec';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataModelView } from './DataModelView.tsx';
import { layoutDiagram } from './diagram-layout.ts';

const spec = normalizeSpec({
  app: { name: 'Library' },
  entities: [
    {
      name: 'Book',
      fields: [
        { name: 'title', type: 'string', required: true },
        { name: 'isbn', type: 'string', unique: true },
        { name: 'genre', type: 'enum', enumValues: ['fiction', 'science'] },
      ],
    },
    { name: 'Member', fields: [{ name: 'email', type: 'email', required: true }] },
    { name: 'Loan', fields: [{ name: 'dueDate', type: 'date', required: true }] },
    { name: 'Tag', fields: [{ name: 'label', type: 'string' }] },
  ],
  relations: [
    { kind: 'many-to-one', from: 'Loan', to: 'Book', required: true },
    { kind: 'many-to-one', from: 'Loan', to: 'Member', required: true },
    { kind: 'many-to-many', from: 'Book', to: 'Tag' },
  ],
}).spec;

describe('DataModelView', () => {
  it('lists every entity with its fields, types and constraints', () => {
    render(<DataModelView spec={spec} />);
    const cards = screen.getAllByTestId('entity-card');
    expect(cards.map((card) => card.dataset.entity)).toEqual(spec.entities.map((entity) => entity.name));

    const book = within(screen.getByRole('table', { name: 'Fields of Book' }));
    const title = book.getByRole('row', { name: /title/ });
    expect(title.textContent).toContain('string');
    expect(title.textContent).toContain('required');
    expect(book.getByRole('row', { name: /isbn/ }).textContent).toContain('unique');
    expect(book.getByRole('row', { name: /genre/ }).textContent).toContain('fiction | science');
  });

  it('states each relation as a sentence and on the entity it starts from', () => {
    render(<DataModelView spec={spec} />);
    const relations = within(screen.getByRole('list', { name: 'Relations' }));
    expect(relations.getByText(/Each Loan belongs to one Book; a Book has many Loans\./)).toBeTruthy();
    expect(relations.getByText(/Books and Tags are linked many-to-many/)).toBeTruthy();
    const loanLinks = within(screen.getByRole('list', { name: 'Links from Loan' }));
    expect(loanLinks.getAllByRole('listitem')).toHaveLength(2);
  });

  it('draws one box per entity and one line per relation', () => {
    render(<DataModelView spec={spec} />);
    const diagram = screen.getByRole('img', { name: /Diagram of \d+ entities and \d+ relations/ });
    expect(diagram.querySelectorAll('[data-testid="diagram-node"]')).toHaveLength(spec.entities.length);
    expect(diagram.querySelectorAll('[data-testid="diagram-edge"]')).toHaveLength(spec.relations.length);
  });
});

describe('layoutDiagram', () => {
  it('keeps every box inside the drawing and apart from the others', () => {
    const layout = layoutDiagram(spec);
    for (const node of layout.nodes) {
      expect(node.x - 66).toBeGreaterThanOrEqual(0);
      expect(node.x + 66).toBeLessThanOrEqual(layout.width);
      expect(node.y - 17).toBeGreaterThanOrEqual(0);
      expect(node.y + 17).toBeLessThanOrEqual(layout.height);
    }
    for (const [index, a] of layout.nodes.entries()) {
      for (const b of layout.nodes.slice(index + 1)) {
        const apart = Math.abs(a.x - b.x) >= 132 || Math.abs(a.y - b.y) >= 34;
        expect(apart, `${a.name} overlaps ${b.name}`).toBe(true);
      }
    }
  });
});
