/** The ten tricky phrasings of the offline planner's issue, each with the plan it must produce. */
import type { AppSpec } from '@appgen/spec';
import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './planner.ts';

const planner = new OfflinePlanner();
const plan = async (prompt: string) => (await planner.plan(prompt)).spec;
const names = (spec: AppSpec) => spec.entities.map((e) => e.name).sort();
const entity = (spec: AppSpec, name: string) => {
  const found = spec.entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity ${name} in ${names(spec).join(', ')}`);
  return found;
};
const field = (spec: AppSpec, entityName: string, fieldName: string) => {
  const found = entity(spec, entityName).fields.find((f) => f.name === fieldName);
  if (!found) throw new Error(`no field ${entityName}.${fieldName}`);
  return found;
};
const refs = (spec: AppSpec, from: string) =>
  spec.relations
    .filter((r) => r.from === from)
    .map((r) => `${r.kind} ${r.name}->${r.to}`)
    .sort();

describe('tricky phrasings', () => {
  it('1. guests book rooms and rate their stays → a Booking between them that carries the rating', async () => {
    const spec = await plan('Guests book rooms and rate their stays.');
    expect(names(spec)).toEqual(['Booking', 'Guest', 'Room']);
    expect(refs(spec, 'Booking')).toEqual(['many-to-one guest->Guest', 'many-to-one room->Room']);
    expect(field(spec, 'Booking', 'rating').type).toBe('integer');
  });

  it('2. deals move through stages: … → an enum, not entities', async () => {
    const spec = await plan('Deals move through stages: lead, qualified, proposal, won, lost.');
    expect(names(spec)).toEqual(['Deal']);
    const stage = field(spec, 'Deal', 'stage');
    expect(stage.type).toBe('enum');
    expect(stage.enumValues).toEqual(['lead', 'qualified', 'proposal', 'won', 'lost']);
  });

  it('3. the class gets the fields, the trainer is a reference', async () => {
    const spec = await plan(
      'Each class is taught by a trainer and has a start time, duration in minutes and a capacity.',
    );
    expect(names(spec)).toEqual(['ClassSession', 'Trainer']);
    expect(entity(spec, 'ClassSession').label).toBe('Class');
    expect(field(spec, 'ClassSession', 'startTime').type).toBe('datetime');
    expect(field(spec, 'ClassSession', 'durationMinutes').type).toBe('integer');
    expect(field(spec, 'ClassSession', 'capacity').type).toBe('integer');
    expect(entity(spec, 'Trainer').fields.map((f) => f.name)).not.toContain('capacity');
    expect(refs(spec, 'ClassSession')).toEqual(['many-to-one trainer->Trainer']);
  });

  it('4. sales reps manage deals, which belong to a company', async () => {
    const spec = await plan('Sales reps manage deals, which belong to a company.');
    expect(names(spec)).toEqual(['Company', 'Deal', 'SalesRep']);
    expect(refs(spec, 'Deal')).toEqual(['many-to-one company->Company', 'many-to-one salesRep->SalesRep']);
  });

  it('5. source and destination warehouse → two references', async () => {
    const spec = await plan(
      'Stock movements record the product, quantity and the source and destination warehouse.',
    );
    expect(names(spec)).toEqual(['Product', 'StockMovement', 'Warehouse']);
    expect(field(spec, 'StockMovement', 'quantity').type).toBe('integer');
    expect(refs(spec, 'StockMovement')).toEqual([
      'many-to-one destinationWarehouse->Warehouse',
      'many-to-one product->Product',
      'many-to-one sourceWarehouse->Warehouse',
    ]);
  });

  it('6. per product per warehouse → two references, unique together', async () => {
    const spec = await plan('Stock levels are tracked per product per warehouse.');
    expect(names(spec)).toEqual(['Product', 'StockLevel', 'Warehouse']);
    expect(refs(spec, 'StockLevel')).toEqual([
      'many-to-one product->Product',
      'many-to-one warehouse->Warehouse',
    ]);
    expect(entity(spec, 'StockLevel').uniqueTogether).toEqual([['productId', 'warehouseId']]);
  });

  it('7. members borrow books → a Loan that carries due date and late fee', async () => {
    const spec = await plan('Members borrow books; track due dates and late fees.');
    expect(names(spec)).toEqual(['Book', 'Loan', 'Member']);
    expect(refs(spec, 'Loan')).toEqual(['many-to-one book->Book', 'many-to-one member->Member']);
    expect(field(spec, 'Loan', 'dueDate').type).toBe('date');
    expect(field(spec, 'Loan', 'lateFee').type).toBe('decimal');
  });

  it('8. negated features stay off; the rest turn on', async () => {
    const result = await planner.plan(
      'No payments or user accounts are needed, but admins can export orders as CSV.',
    );
    expect(names(result.spec)).toEqual(['Order']);
    expect(result.spec.features).toEqual(['export-csv']);
    expect(result.spec.complexity).not.toBe('advanced');
  });

  it('9. self references: a manager who is an employee, subcategories', async () => {
    const spec = await plan(
      'Employees report to a manager, who is also an employee; categories can have subcategories.',
    );
    expect(names(spec)).toEqual(['Category', 'Employee']);
    expect(refs(spec, 'Employee')).toEqual(['many-to-one manager->Employee']);
    expect(refs(spec, 'Category')).toEqual(['many-to-one parent->Category']);
  });

  it('10. multiple tags → many-to-many; one category → many-to-one', async () => {
    const spec = await plan('Posts can have multiple tags and belong to one category.');
    expect(names(spec)).toEqual(['Category', 'Post', 'Tag']);
    expect(refs(spec, 'Post')).toEqual(['many-to-many tags->Tag', 'many-to-one category->Category']);
  });
});
