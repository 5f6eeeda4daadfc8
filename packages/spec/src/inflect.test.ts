import { describe, expect, it } from 'vitest';
import { pluralize, singularize } from './inflect.ts';

describe('inflection', () => {
  it.each([
    ['people', 'person'],
    ['statuses', 'status'],
    ['categories', 'category'],
    ['addresses', 'address'],
    ['boxes', 'box'],
    ['equipment', 'equipment'],
    ['StockMovements', 'StockMovement'],
    ['analyses', 'analysis'],
    ['data', 'datum'],
    ['classes', 'class'],
    ['status', 'status'],
    ['news', 'news'],
    ['shelves', 'shelf'],
    ['quizzes', 'quiz'],
    ['buses', 'bus'],
    ['Foremen', 'Foreman'],
    ['chairwomen', 'chairwoman'],
    ['specimen', 'specimen'],
    ['shoes', 'shoe'],
    ['canoes', 'canoe'],
    ['heroes', 'hero'],
    ['canvases', 'canvas'],
    ['lenses', 'lens'],
  ])('singular of %s is %s', (plural, singular) => {
    expect(singularize(plural)).toBe(singular);
  });

  it.each([
    ['person', 'people'],
    ['status', 'statuses'],
    ['category', 'categories'],
    ['box', 'boxes'],
    ['OrderItem', 'OrderItems'],
    ['day', 'days'],
    ['Equipment', 'Equipment'],
    ['child', 'children'],
    ['Foreman', 'Foremen'],
    ['human', 'humans'],
  ])('plural of %s is %s', (singular, plural) => {
    expect(pluralize(singular)).toBe(plural);
  });
});
