// The project's working-day calendar: import from here, never from date-holidays directly.
export * from './plain-date.js';
export * from './holidays.js';
export * from './working-days.js';
