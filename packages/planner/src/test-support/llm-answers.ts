/**
 * Answers an LLM would give, in the strict shape of llm/strict-schema.ts: a typical 5-entity app (also
 * what the token figures in the docs are measured on), and broken variants for the repair tests.
 */
type Field = Record<string, unknown>;

const field = (name: string, type: string, required: boolean, extra: Field = {}): Field => ({
  name,
  type,
  required,
  unique: null,
  default: null,
  enumValues: null,
  min: null,
  max: null,
  ...extra,
});

const entity = (name: string, displayField: string | null, fields: Field[], uniqueTogether = null) => ({
  name,
  displayField,
  fields,
  uniqueTogether,
});

const manyToOne = (from: string, to: string, name: string, required = true) => ({
  kind: 'many-to-one',
  from,
  to,
  name,
  required,
  onDelete: null,
  through: null,
});

export const CLINIC_PROMPT =
  'A vet clinic: owners have pets (name, species, birth date, weight in kg); vets see pets in appointments with a start time, a reason and a status (booked, done, cancelled); each appointment can have treatments with a medication, dose and cost.';

/** A 5-entity answer: Owner, Pet, Vet, Appointment, Treatment. */
export function clinicAnswer() {
  return {
    app: { name: 'Vet Clinic', description: 'Owners, their pets, vets, appointments and treatments.' },
    entities: [
      entity('Owner', 'name', [
        field('name', 'string', true),
        field('email', 'email', false, { unique: true }),
        field('phone', 'phone', false),
      ]),
      entity('Pet', 'name', [
        field('name', 'string', true),
        field('species', 'enum', true, { enumValues: ['dog', 'cat', 'bird', 'rabbit', 'other'] }),
        field('birthDate', 'date', false),
        field('weightKg', 'decimal', false, { min: 0 }),
      ]),
      entity('Vet', 'name', [
        field('name', 'string', true),
        field('specialty', 'string', false),
        field('email', 'email', false, { unique: true }),
      ]),
      entity('Appointment', null, [
        field('startTime', 'datetime', true),
        field('reason', 'text', false),
        field('status', 'enum', true, { enumValues: ['booked', 'done', 'cancelled'], default: 'booked' }),
      ]),
      entity('Treatment', 'medication', [
        field('medication', 'string', true),
        field('dose', 'string', false),
        field('cost', 'decimal', false, { min: 0 }),
      ]),
    ],
    relations: [
      manyToOne('Pet', 'Owner', 'owner'),
      manyToOne('Appointment', 'Pet', 'pet'),
      manyToOne('Appointment', 'Vet', 'vet'),
      manyToOne('Treatment', 'Appointment', 'appointment'),
    ],
    features: ['search', 'dashboard', 'seed-data'],
    complexity: 'standard',
  };
}

/** Valid JSON that breaks the schema: an unknown field type and a missing entity name. */
export function schemaInvalidAnswer() {
  const answer = clinicAnswer() as { entities: Record<string, unknown>[] };
  const [owner, pet] = answer.entities;
  if (!owner || !pet) throw new Error('clinicAnswer changed shape');
  pet.fields = [field('name', 'string', true), field('weightKg', 'kilograms', false)];
  delete owner.name;
  return answer;
}
