import { describe } from 'vitest';
import { definePageTests } from './pages.js';

describe('every page at desktop width (1280×800): screenshot, no serious or critical axe violations', () => {
  definePageTests(false);
});
