/** Free text that must say something: trimmed, at least one character. Every schema's text field. */
import { z } from 'zod';

export const text = z.string().trim().min(1);
