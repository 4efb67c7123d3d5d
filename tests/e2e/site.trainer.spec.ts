import { test } from '@playwright/test';
import { everyPageTypeIsAccessible } from './everyPageType.ts';

test.describe('every page type of the trainer edition', () => {
  everyPageTypeIsAccessible('dist-trainer');
});
