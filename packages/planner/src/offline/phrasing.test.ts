/** Phrasings beyond the ten: each case is a class of wording the planner once misread. */
import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './planner.ts';

const planner = new OfflinePlanner();
const plan = async (prompt: string) => (await planner.plan(prompt)).spec;
const names = async (prompt: string) => (await plan(prompt)).entities.map((e) => e.name);
/** The entity's fields as name → type. */
const fields = async (prompt: string, entity: string) =>
  Object.fromEntries(
    (await plan(prompt)).entities.find((e) => e.name === entity)?.fields.map((f) => [f.name, f.type]) ?? [],
  );

describe('noun compounds in lists', () => {
  it('reads a bare singular noun before a plural in a list as a modifier, not a subject', async () => {
    expect(await names('Track clients, photo shoots with a location and date, and invoices.')).toContain(
      'PhotoShoot',
    );
    expect(await fields('Clients have dogs and scheduled walks with a pickup time.', 'Walk')).toMatchObject({
      pickupTime: 'datetime',
    });
    expect(
      await fields('Each inspection has a date, number of brood frames and notes.', 'Inspection'),
    ).toMatchObject({ numberOfBroodFrames: 'integer', notes: 'text' });
  });
});

describe('entity names', () => {
  it('drops a leading participle from a name, unless the head is generic', async () => {
    expect(await names('Setlists hold ordered songs with a position.')).toContain('Song');
    expect(await names('Users save recipes.')).toContain('SavedItem');
  });
});

describe('the organisation that runs the app', () => {
  it('is no entity when named once in the singular as the setting', async () => {
    expect(await names('Our youth orchestra lends instruments to students.')).not.toContain('YouthOrchestra');
    expect(await names('A small law firm wants to manage its cases and clients.')).not.toContain('LawFirm');
    expect(await names('Claims handling for a small car insurer. Claims have an amount.')).not.toContain(
      'CarInsurer',
    );
  });
  it('stays an entity when it is one of many or referred to', async () => {
    expect(await names('Sales reps manage deals, which belong to a company.')).toContain('Company');
    expect(await names('Members join clubs; clubs have a name and a city.')).toContain('Club');
  });
});

describe('field phrasing', () => {
  it('types a date or a measure followed by a participle by its head', async () => {
    expect(
      await fields(
        'Payments have an amount paid, a date paid and a date received. Buildings have a year built.',
        'Payment',
      ),
    ).toMatchObject({ amountPaid: 'decimal', datePaid: 'date', dateReceived: 'date' });
    expect(await fields('Buildings have an address and a year built.', 'Building')).toMatchObject({
      yearBuilt: 'integer',
    });
  });
  it('reads "a status of a, b or c" as the values of an enum', async () => {
    const spec = await plan('Orders have a status of received, preparing or ready.');
    const status = spec.entities[0]?.fields.find((f) => f.name === 'status');
    expect(status?.enumValues).toEqual(['received', 'preparing', 'ready']);
  });
  it('keeps the order of "whether it was reported to the authorities"', async () => {
    expect(
      await fields('Incidents have a severity and whether it was reported to the authorities.', 'Incident'),
    ).toMatchObject({ reportedToAuthority: 'boolean' });
  });
  it('reads compounds of "men" as people', async () => {
    expect(await names('Foremen submit daily reports with notes.')).toContain('Foreman');
  });
});

describe('what a phrase after a verb or preposition names', () => {
  it('reads one tag with a modifier as an identifier, not a Tag entity', async () => {
    const spec = await plan('Instruments have an inventory tag, a type and a size.');
    expect(spec.entities.map((e) => e.name)).toEqual(['Instrument']);
    expect(spec.entities[0]?.fields.map((f) => f.name)).toContain('inventoryTag');
  });
  it('makes a record of known records tied to another one by "per"', async () => {
    const prompt =
      'Tenants sign leases (start date, end date). Record rent payments per lease per month with amount paid.';
    expect(await fields(prompt, 'RentPayment')).toMatchObject({ amountPaid: 'decimal' });
    expect(await fields(prompt, 'Lease')).not.toHaveProperty('amountPaid');
  });
  it('reads a bare singular noun after "for" as a purpose, unless it is a known record', async () => {
    expect(await names('Customers place an order for pickup at a time slot.')).toEqual([
      'Customer',
      'Order',
      'TimeSlot',
    ]);
    expect(await names('Customers drop off bikes for repair.')).toContain('Repair');
  });
});

describe('a parenthesis after a field', () => {
  it('names the kind of value, not its values, when it is a type word', async () => {
    expect(
      await fields('Samples have a barcode, collected at (date and time) and a volume.', 'Sample'),
    ).toMatchObject({ collectedAt: 'datetime' });
    expect(await fields('Coworking app. Invoices: period (month), amount.', 'Invoice')).toMatchObject({
      period: 'string',
    });
  });
  it('lists the fields a whole is made of when every entry is an attribute', async () => {
    const session = await fields('Sessions: name, age range (min age, max age), capacity.', 'Session');
    expect(session).toMatchObject({ minAge: 'integer', maxAge: 'integer' });
    expect(session).not.toHaveProperty('ageRange');
    expect(
      await fields('Matches have a kickoff time and a final score (home goals, away goals).', 'Match'),
    ).toMatchObject({ homeGoal: 'integer', awayGoal: 'integer' });
  });
});

describe('yes/no fields in a list', () => {
  it('reads a bare "has X" inside a list as a boolean of the owner', async () => {
    expect(await fields('Desks: desk number, floor, has monitor.', 'Desk')).toMatchObject({
      hasMonitor: 'boolean',
    });
  });
  it('reads a trailing "allowed", "needed" or "included" as a boolean, unless the name counts', async () => {
    const prompt = 'Guests: name, plus-one allowed. Sessions: start time, engineer needed (yes/no), notes.';
    expect(await fields(prompt, 'Guest')).toMatchObject({ plusOneAllowed: 'boolean' });
    expect(await fields(prompt, 'Session')).toMatchObject({ engineerNeeded: 'boolean' });
    expect(await fields('Shifts: date, number of volunteers needed.', 'Shift')).toMatchObject({
      numberOfVolunteersNeeded: 'integer',
    });
  });
});

describe('details that are no records', () => {
  it('keeps an affiliation or a contact named only in a field list as a field of its owner', async () => {
    const prompt = 'Speakers: name, bio, company. Clients: name, emergency contact, contact person.';
    expect(await names(prompt)).toEqual(['Speaker', 'Client']);
    expect(await fields(prompt, 'Speaker')).toMatchObject({ company: 'string' });
    expect(await fields(prompt, 'Client')).toMatchObject({
      emergencyContact: 'string',
      contactPerson: 'string',
    });
  });
  it('still makes the entity when the prompt names it again', async () => {
    expect(await names('Members: name, company. Companies: name, address.')).toContain('Company');
  });
  it('never makes entities of "contact details" or "billing info"', async () => {
    expect(await names("Track pets (name, species) and their owners' contact details.")).toEqual([
      'Pet',
      'Owner',
    ]);
  });
  it('reads "by giving …", "by completing …" as a verb, not a thing', async () => {
    const all = await names(
      'Scouts earn merit badges by completing requirements; people claim items by giving a code.',
    );
    expect(all).not.toContain('CompletingRequirement');
    expect(all).not.toContain('Giving');
    expect(await names('Tea jars are tracked by remaining grams.')).toEqual(['TeaJar']);
  });
});

describe('slashed alternatives in a field list', () => {
  it('shares the head after slashed modifiers and reads three or more alternatives as values', async () => {
    const prompt =
      'Bike shop app. Rentals: start/end time, deposit. Members: name, voice part soprano/alto/tenor/bass.';
    expect(await fields(prompt, 'Rental')).toMatchObject({ startTime: 'datetime', endTime: 'datetime' });
    expect(await fields(prompt, 'Member')).toEqual({ name: 'string', voicePart: 'enum' });
  });
});

describe('a verbless title before the description', () => {
  it('names the business, not a record; a thing after its preposition is still read', async () => {
    const all = await names('Kennel boarding for dogs. Owners drop off their dogs; each dog has a name.');
    expect(all).not.toContain('KennelBoarding');
    expect(all).toContain('Dog');
    expect(await names('Car wash loyalty + job tracking. Customers have a name and points.')).toEqual([
      'Customer',
    ]);
    expect(await names('Bakery wholesale orders from cafés. Each order has a delivery date.')).not.toContain(
      'BakeryWholesaleOrder',
    );
  });
});

describe('a record-verb after "each"', () => {
  it('reads "each X records …" and "for each X record …" as X\'s details', async () => {
    const stay = await fields(
      'Owners book stays for dogs; each stay records the kennel number and feeding notes.',
      'Stay',
    );
    expect(stay).toMatchObject({ kennelNumber: 'integer', feedingNotes: 'text' });
    const move = await fields(
      'Moves have an origin address. Movers have a name. For each move record estimated hours and the total price.',
      'Move',
    );
    expect(move).toMatchObject({ totalPrice: 'decimal' });
    expect(Object.keys(move)).toContain('estimatedHour');
  });
});

describe('a status line', () => {
  it('gives the record a status with the values listed, not a Status entity', async () => {
    const prompt = 'Customers book moves. Move status: quoted, booked, in progress, completed, cancelled.';
    expect(await names(prompt)).not.toContain('MoveStatus');
    const status = (await plan(prompt)).entities
      .find((e) => e.name === 'Move')
      ?.fields.find((f) => f.name === 'status');
    expect(status?.enumValues).toContain('quoted');
    const bare = 'Pets have a name.\nAppointments: date, time, pet. Status is either confirmed or cancelled.';
    expect(await names(bare)).not.toContain('Status');
    expect(await fields(bare, 'Appointment')).toMatchObject({ status: 'enum' });
  });
});

describe('counts and "with" in a field list', () => {
  it('reads "max attendees" as a number of the record, not a thing, and keeps going after it', async () => {
    const prompt =
      'Events: title, venue, date and start time, max attendees, notes. Participants RSVP to events.';
    expect(await names(prompt)).not.toContain('MaxAttendee');
    expect(await fields(prompt, 'Event')).toMatchObject({ maxAttendees: 'integer', notes: 'text' });
  });
  it('drops the "with" that opens a parenthesised field list', async () => {
    const prompt = 'Rowing club app: members, boats (with number of seats and boat type) and outings.';
    expect(await fields(prompt, 'Boat')).toMatchObject({ numberOfSeats: 'integer', boatType: 'string' });
  });
});

describe('slashes and pairs inside a list', () => {
  it('reads "name a/b/c" as an enum named up to its enum-like word, and "x min/max" as two fields', async () => {
    const listing = await plan(
      'Listings (address, status for sale/pending/sold), players (position QB/RB/WR).',
    );
    const status = listing.entities[0]?.fields.find((f) => f.name === 'status');
    expect(status?.type).toBe('enum');
    expect(status?.enumValues).toEqual(['for_sale', 'pending', 'sold']);
    expect(await fields('Players (name, position QB/RB/WR/TE).', 'Player')).toMatchObject({
      position: 'enum',
    });
    expect(await fields('Buyers (name, budget min/max, preferred area).', 'Buyer')).toMatchObject({
      budgetMin: 'decimal',
      budgetMax: 'decimal',
      preferredArea: 'string',
    });
  });

  it('gives a lone "end" the words of the "start" before it, and names lone start and end as times', async () => {
    expect(await fields('Daily reports with mood, nap start & end.', 'Report')).toMatchObject({
      napStart: 'datetime',
      napEnd: 'datetime',
    });
    expect(await fields('Shifts (staff, day, start, end).', 'Shift')).toMatchObject({
      startTime: 'datetime',
      endTime: 'datetime',
    });
  });
});

describe('types from what is measured', () => {
  it('types lab readings as decimals, whole-name enums by their known values, and identifiers as text', async () => {
    expect(
      await fields('Water tests (pH, ammonia, nitrite, hemoglobin level, tested at).', 'WaterTest'),
    ).toMatchObject({ ammonia: 'decimal', nitrite: 'decimal', hemoglobinLevel: 'decimal' });
    const donor = (await plan('Donors (name, blood group, sex, shirt size).')).entities[0];
    expect(donor?.fields.find((f) => f.name === 'bloodGroup')?.enumValues).toContain('o_neg');
    expect(donor?.fields.find((f) => f.name === 'sex')?.type).toBe('enum');
    expect(donor?.fields.find((f) => f.name === 'shirtSize')?.enumValues).toContain('xl');
    expect(
      await fields('Aircraft (tail number, hours flown), runs (parts produced).', 'Aircraft'),
    ).toMatchObject({
      tailNumber: 'string',
    });
    expect(await fields('Runs (machine, parts produced, parts rejected).', 'Run')).toMatchObject({
      partsProduced: 'integer',
      partsRejected: 'integer',
    });
  });
});

describe('names that run on into their clause', () => {
  it('ends a name at a plural noun followed by a verb or a predicate', async () => {
    expect(await names('Board game group: players cant log in, games have a title.')).toEqual([
      'Player',
      'Game',
    ]);
    expect(await names('Grants with reports. Reports due quarterly.')).not.toContain('ReportsDue');
    expect(await names('A dog walking service: owners book scheduled walks.')).toContain('Walk');
  });

  it('makes an attempt only of what one takes as a test', async () => {
    expect(await names('Students take quizzes.')).toContain('Attempt');
    expect(await names('Members take loans with a principal.')).not.toContain('Attempt');
  });
});

describe('values between slashes', () => {
  it('keeps values of several words together and ends slashed values at the comma in a parenthesis', async () => {
    const job = (
      await plan('Repair jobs have labour minutes, status received/waiting parts/ready/picked up.')
    ).entities[0];
    expect(job?.fields.find((f) => f.name === 'status')?.enumValues).toEqual([
      'received',
      'waiting_parts',
      'ready',
      'picked_up',
    ]);
    expect(
      await fields('Guests (name, side: bride/groom, rsvp yes/no/maybe, plus one boolean).', 'Guest'),
    ).toMatchObject({ side: 'enum', rsvp: 'enum', plusOne: 'boolean' });
  });

  it('reads two values that name no fields as an enum, and y/n as a boolean', async () => {
    expect(
      await fields('Each test result has a value and flag normal/abnormal.', 'TestResult'),
    ).toMatchObject({
      flag: 'enum',
    });
    expect(await fields('Time entries (start, end, billable y/n).', 'TimeEntry')).toMatchObject({
      billable: 'boolean',
    });
    expect(await fields('Contacts (name, phone/email).', 'Contact')).toMatchObject({
      phone: 'phone',
      email: 'email',
    });
  });
});

describe('terse prompts about what the user has', () => {
  it('books the things named after "for our"', async () => {
    expect(await names('Reservations for our 40 rooms.')).toContain('Room');
    expect(await names('Bookings for our 12 boats.')).toContain('Boat');
  });

  it('reads a chart or registry of things as those things, and a pantry or library as the setting', async () => {
    expect(await names('Chore chart for my kids where they earn points')).toContain('Chore');
    expect(await names('App for our food pantry to record client visits')).not.toContain('FoodPantry');
  });
});

describe('"who" with no noun before it', () => {
  it('asks about the people the app keeps: "and who attended each rehearsal" is their attendance', async () => {
    expect(
      await names(
        'Choir: members (name, voice part), rehearsals with date and venue, and who attended each rehearsal.',
      ),
    ).toContain('Attendance');
  });
});

describe('people named by what they do', () => {
  it('drops the -ing word before a person', async () => {
    expect(await names('Pharmacy: patients, prescribing doctors, medications.')).toContain('Doctor');
  });
});

describe('signing up', () => {
  it('gives the details of "members join with …" to the members, not to a membership', async () => {
    const spec = await plan('Tool share. Members join with name, email, street and a refundable deposit.');
    expect(spec.entities.map((e) => e.name)).toEqual(['Member']);
    expect(await fields('Tool share. Members join with name, email and street.', 'Member')).toMatchObject({
      street: 'string',
    });
  });

  it('never makes an entity of a date or a day of the week', async () => {
    expect(await names('Volunteers: name, phone, and dates they are unavailable.')).toEqual(['Volunteer']);
  });
});

describe('a parenthesis after a thing named before', () => {
  it('describes the records before the preposition', async () => {
    expect(
      await fields(
        'Smart home: rooms, devices in rooms (name, kind, online bool, firmware version).',
        'Device',
      ),
    ).toMatchObject({ online: 'boolean', firmwareVersion: 'string' });
  });
});

describe('question words as list items', () => {
  it('reads where, when and how many as the fields they ask for', async () => {
    expect(await fields('Log my runs: distance, when, where and how long.', 'Run')).toMatchObject({
      date: 'date',
      location: 'string',
      duration: 'integer',
    });
  });
});

describe('a colon after a reference', () => {
  it('describes what refers, not what it refers to', async () => {
    expect(
      await fields('Meetup app: events belong to a group: title, venue, capacity.', 'Event'),
    ).toMatchObject({
      venue: 'string',
      capacity: 'integer',
    });
  });
});

describe('the final score', () => {
  it('is a score per side for a match between a home and an away team, one field against an opponent', async () => {
    expect(
      await fields(
        'Soccer league: teams, and matches between a home team and an away team with final scores.',
        'Match',
      ),
    ).toMatchObject({ homeScore: 'integer', awayScore: 'integer' });
    expect(
      Object.keys(await fields('Our team: matches with a date, opponent and final score.', 'Match')),
    ).toContain('finalScore');
  });
});

describe('the place the app is for', () => {
  it('is no entity when it is my house or our apartment', async () => {
    expect(await names('Log the meter readings each month for the meters in my house.')).not.toContain(
      'House',
    );
  });
});

describe('details of an act between people', () => {
  it('make a record of the act, named after the verb', async () => {
    expect(
      await fields('Savings group: members contribute monthly (amount, date).', 'Contribution'),
    ).toMatchObject({
      amount: 'decimal',
      date: 'date',
    });
    expect(await fields('Teachers assess students with a score and a date.', 'Assessment')).toMatchObject({
      score: 'integer',
    });
    expect(await names('Customers (name, email, phone).')).toEqual(['Customer']);
  });
});

describe('chatty wishes', () => {
  it('reads "I would like to mark" as a wish, and fillers as nothing', async () => {
    expect(
      await names('Walks: date and price. Oh and I would like to mark a walk as paid or not paid.'),
    ).toEqual(['Walk']);
  });

  it('reads a recipe box or a guest book as the things it holds', async () => {
    expect(await names('recipe box with ingredients, steps, prep time in minutes and servings')).toContain(
      'Recipe',
    );
  });
});

describe('many of a thing', () => {
  it('makes an entity of an unknown thing the owner has many of', async () => {
    expect(
      await names(
        'Farm: fields (name, soil type) and crops (name, variety). Each field can have many plantings.',
      ),
    ).toContain('Planting');
  });

  it('reads a checklist or a schedule as the things it holds', async () => {
    expect(await names('We also keep a task checklist with due dates.')).toEqual(['Task']);
  });
});

describe('what is no name', () => {
  it('drops tools people use today, clause words and adjectives', async () => {
    const found = await names(
      'Dog walks: date and price, and how long it was. Right now everything is in a WhatsApp group. Somebody can adopt a dog.',
    );
    expect(found).not.toContain('WhatsappGroup');
    expect(found).not.toContain('Long');
    expect(found.some((name) => name.startsWith('Somebody'))).toBe(false);
  });
});

describe('sizes before a thing', () => {
  it('are no part of its name, while "min players" stays a field', async () => {
    expect(await names('Mentors are booked in 30 min slots with a start time.')).not.toContain('MinSlot');
    expect(await fields('Board games: title, min and max players.', 'BoardGame')).toMatchObject({
      minPlayers: 'integer',
      maxPlayers: 'integer',
    });
  });
});

describe('what the user would like', () => {
  it('is what the app keeps, and the items of an order are its lines', async () => {
    const spec = await plan(
      'Suppliers have a name. I would like purchase orders with the supplier, the items and quantities.',
    );
    expect(spec.entities.map((e) => e.name)).toEqual(['Supplier', 'PurchaseOrder', 'PurchaseOrderItem']);
    expect(spec.relations).toContainEqual(
      expect.objectContaining({ kind: 'many-to-one', from: 'PurchaseOrderItem', to: 'PurchaseOrder' }),
    );
  });
});

describe('an aside between a thing and its "has"', () => {
  it('leaves the details to the thing', async () => {
    expect(
      await fields(
        'A project (one per house, some customers have two houses) has the roof type and a signed price.',
        'Project',
      ),
    ).toMatchObject({ roofType: 'string', signedPrice: 'decimal' });
  });
});

describe('"the date it was …"', () => {
  it('names the date by the act', async () => {
    expect(
      await fields('Routes have a grade, the date it was set and the date it will be stripped.', 'Route'),
    ).toMatchObject({ setOn: 'date', strippedOn: 'date' });
  });
});

describe('a plural heading over a list of mostly attributes', () => {
  it('is the thing the list describes, though one item names another thing', async () => {
    expect(
      await fields('Walks: which dog, the date and time, how long it was in minutes and the price.', 'Walk'),
    ).toMatchObject({ durationMinutes: 'integer', price: 'decimal' });
    expect(await names('Online store: products, categories and orders.')).toEqual([
      'Product',
      'Category',
      'Order',
    ]);
  });
});

describe('a heading line over bullets of details', () => {
  it('gives the bullets to the heading, unless the bullets name things of their own', async () => {
    const text =
      'Food bank app\n\nHouseholds\n  - reference number, postcode\n  - number of adults\nParcels\n  - date given';
    expect(await fields(text, 'Household')).toMatchObject({
      referenceNumber: 'string',
      numberOfAdults: 'integer',
    });
    expect(await names('Sheep flock\n- Ewes: ear tag, breed\n- Lambings: date, lambs born')).not.toContain(
      'SheepFlock',
    );
  });
});
