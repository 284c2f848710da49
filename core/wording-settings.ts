/**
 * The schema of the person's invite wording as stored: only templates that differ from the
 * defaults, their own activities, and the default activity. The type is the templates module's.
 */
import { z } from 'zod';
import { LANGUAGES } from './languages';
import type { WordingSettings } from './templates';

const inviteLanguageSchema = z.enum(LANGUAGES);
const templateTextSchema = z.string().min(1).max(1000);
const templatesPerLanguageSchema = z.partialRecord(inviteLanguageSchema, templateTextSchema);

export const customActivitySchema = z.object({
  id: z.string().min(1).max(40),
  name: z.string().trim().min(1).max(60),
  durationMinutes: z.number().int().min(5).max(12 * 60),
});

export const wordingSchema = z.object({
  templates: z.object({
    social: templatesPerLanguageSchema.optional(),
    business: templatesPerLanguageSchema.optional(),
    businessNearby: templatesPerLanguageSchema.optional(),
  }),
  customActivities: z.array(customActivitySchema).max(20),
  defaultActivity: z.string().min(1),
});
// The pure templates module owns the type; this fails to compile if the schema drifts from it.
wordingSchema satisfies z.ZodType<WordingSettings>;
