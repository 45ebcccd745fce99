import { z } from '@hono/zod-openapi';
import { ROLES } from '../storage/tables.ts';

export const RoleSchema = z.enum(ROLES).openapi('Role');
const Username = z.string().trim().min(3).max(64).regex(/^[a-zA-Z0-9._@-]+$/, 'letters, digits and . _ @ - only');
const Password = z.string().min(12, 'at least 12 characters').max(200);

export const LoginBodySchema = z.object({ username: z.string().max(64), password: z.string().max(200) }).strict().openapi('LoginBody');
export const SessionSchema = z.object({ token: z.string(), expires_at: z.string().datetime() }).openapi('Session');

export const UserSchema = z
  .object({
    id: z.string(),
    agency_id: z.string(),
    username: z.string(),
    role: RoleSchema,
    disabled: z.boolean(),
    locked: z.boolean(),
    created_at: z.string().datetime(),
  })
  .openapi('User');
export type UserView = z.infer<typeof UserSchema>;

export const NewUserBodySchema = z.object({ username: Username, password: Password, role: RoleSchema }).strict().openapi('NewUser');
export const UserUpdateBodySchema = z
  .object({ role: RoleSchema.optional(), disabled: z.boolean().optional(), password: Password.optional(), unlock: z.literal(true).optional() })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'nothing to change')
  .openapi('UserUpdate');
export const UserListQuerySchema = z.object({ role: RoleSchema.optional() });

export const NewApiKeyBodySchema = z
  .object({ user_id: z.string().uuid(), label: z.string().trim().min(1).max(100), expires_in_days: z.number().int().min(1).max(730).optional() })
  .strict()
  .openapi('NewApiKey');
export const ApiKeySchema = z
  .object({
    id: z.string(),
    user_id: z.string(),
    label: z.string().nullable(),
    expires_at: z.string().datetime().nullable(),
    revoked_at: z.string().datetime().nullable(),
    created_at: z.string().datetime(),
  })
  .openapi('ApiKey');
export type ApiKeyView = z.infer<typeof ApiKeySchema>;
export const CreatedApiKeySchema = ApiKeySchema.extend({ key: z.string().openapi({ description: 'Shown once; only its hash is stored.' }) }).openapi('CreatedApiKey');

export const MeSchema = z.object({ user_id: z.string(), username: z.string(), role: RoleSchema, agency_id: z.string(), credential: z.enum(['session', 'api_key']) }).openapi('Me');
