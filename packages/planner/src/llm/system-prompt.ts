/**
 * What the LLM is told: the AppSpec's meaning in a few rules and one worked example. Code generation is
 * deterministic, so the model only designs the data model; every answer is validated and normalised.
 */

/** A worked example in the exact strict shape (every property present, null where absent). */
export const EXAMPLE_PROMPT =
  'A library app: members borrow books and each loan has a due date and a late fee. Books have a title, an author, an ISBN and a genre (fiction, science, history). No login needed.';

export const EXAMPLE_SPEC = {
  app: { name: 'Library', description: 'Members borrow books; loans track due dates and late fees.' },
  entities: [
    {
      name: 'Member',
      displayField: 'name',
      fields: [
        field('name', 'string', true),
        { ...field('email', 'email', true), unique: true },
        field('joinedOn', 'date', false),
      ],
      uniqueTogether: null,
    },
    {
      name: 'Book',
      displayField: 'title',
      fields: [
        field('title', 'string', true),
        field('author', 'string', true),
        { ...field('isbn', 'string', false), unique: true },
        { ...field('genre', 'enum', false), enumValues: ['fiction', 'science', 'history'] },
      ],
      uniqueTogether: null,
    },
    {
      name: 'Loan',
      displayField: null,
      fields: [
        field('borrowedOn', 'date', true),
        field('dueDate', 'date', true),
        field('returnedOn', 'date', false),
        { ...field('lateFee', 'decimal', false), min: 0 },
      ],
      uniqueTogether: null,
    },
  ],
  relations: [relation('Loan', 'Member', 'member'), relation('Loan', 'Book', 'book')],
  features: ['search', 'dashboard', 'seed-data'],
  complexity: 'standard',
};

function field(name: string, type: string, required: boolean) {
  return { name, type, required, unique: null, default: null, enumValues: null, min: null, max: null };
}

function relation(from: string, to: string, name: string) {
  return { kind: 'many-to-one', from, to, name, required: true, onDelete: null, through: null };
}

export const SYSTEM_PROMPT = `You design the data model of a CRUD web app from a user's description. Answer with one JSON object that fits the given schema; code is generated from it.

Rules:
- entities: the kinds of records the app stores, named in singular PascalCase ("StockMovement"). Never the app itself, a dashboard, a report or a page. Add a User entity only when the user asks for accounts or logins.
- An action between two things that carries its own details becomes an entity of its own: members borrow books → Loan; guests book rooms → Booking; students enroll in courses → Enrollment.
- fields: camelCase, no id, createdAt or updatedAt, and no reference fields (use relations). Keep units in the name ("durationMinutes", "weightKg"). Include the fields the user names, then the few a person would expect.
- types: string (short text), text (long text: description, notes, body), integer (counts, years, quantities, minutes), decimal (money, rates, measurements), boolean, date, datetime (timestamps, start times), email, url, phone, enum (a fixed set: status, stage, priority, type — with enumValues in lower case).
- required: true when a record makes no sense without it. unique: true for natural keys (email, isbn, sku, code). min/max for bounded numbers (a rating 1 to 5).
- displayField: the field that names a record (name, title); null when none does.
- relations: "many-to-one" from the entity that holds the reference ("a loan belongs to a member": from Loan to Member, name "member"); "one-to-one" when each has at most one; "many-to-many" when both sides have many and the link has no details of its own. A self relation (a manager who is also an employee) is optional. onDelete: "cascade" for parts of a whole, "restrict" when the target must not vanish, "set-null" for optional links; null lets the generator decide.
- uniqueTogether: field or relation names that must be unique as a set ("one stock level per product per warehouse": [["product","warehouse"]]).
- features: "auth" only when accounts, logins, roles or permissions are asked for; "search", "dashboard", "seed-data" and "export-csv" when they help. Leave out anything the user says is not wanted.
- complexity: "simple" for one or two plain entities, "advanced" when auth is needed, else "standard".

Example. Description: ${EXAMPLE_PROMPT}
Answer: ${JSON.stringify(EXAMPLE_SPEC)}`;

/** The follow-up message of the repair round: what was wrong, and a request for the whole answer again. */
export function repairMessage(problems: readonly string[]): string {
  return `That answer is not a valid app spec:\n${problems.map((p) => `- ${p}`).join('\n')}\nReply with the corrected JSON object only.`;
}
