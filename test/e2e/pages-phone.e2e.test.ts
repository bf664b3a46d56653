import { describe } from 'vitest';
import { definePageTests } from './pages.js';

describe('every page at phone width (390×844): screenshot, axe on the main pages and the menu drawer', () => {
  definePageTests(true);
});
