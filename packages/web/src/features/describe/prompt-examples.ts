/** Starting points shown under the prompt box; each is a description the offline planner handles well. */
export const PROMPT_EXAMPLES = [
  {
    title: 'Library',
    prompt:
      'A library app: members borrow books; each loan has a due date and a late fee. Track authors and genres, and search books by title.',
  },
  {
    title: 'Clinic bookings',
    prompt:
      'A clinic booking system: patients book appointments with doctors; each appointment has a date, time, status (booked, done, cancelled) and notes.',
  },
  {
    title: 'Online store',
    prompt:
      'An online store: products with price and stock belong to categories; customers place orders with order items and a shipping address.',
  },
  {
    title: 'Project tracker',
    prompt:
      'A project tracker: projects have tasks with a priority, a due date and an assignee; team members comment on tasks. Include a dashboard.',
  },
] as const;
