// One schema for both engines (PGlite and a PostgreSQL server). Keep to SQL that PostgreSQL 15 supports.
// Every business table carries `org_code`, the statistical division code of the unit responsible for the row;
// access is scoped by prefix of that code (see platform/scope.ts).
import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

/** 组织机构 — org units with official statistical division codes (trimmed form: 2/4/6/9/12 digits). */
export const orgUnits = pgTable('org_units', {
  code: text('code').primaryKey(),
  parentCode: text('parent_code'),
  name: text('name').notNull(),
  /** province | city | county | township | village */
  level: text('level').notNull(),
  /** 特殊区域 (codes 4xx/5xx at township level: 开发区, 工业区 …) */
  special: boolean('special').notNull().default(false),
  sortOrder: integer('sort_order').notNull().default(0),
}, (t) => [index('org_units_parent_idx').on(t.parentCode)]);

/** 账号 — staff, enterprise and citizen accounts, each bound to an org unit. */
export const accounts = pgTable('accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  orgCode: text('org_code').notNull().references(() => orgUnits.code),
  passwordHash: text('password_hash').notNull(),
  disabled: boolean('disabled').notNull().default(false),
  mobile: text('mobile'),
  /** 企业用户: the enterprise's unified social credit code; 市民: not stored here (see registry). */
  enterpriseCode: text('enterprise_code'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [uniqueIndex('accounts_username_uq').on(sql`lower(${t.username})`), index('accounts_org_idx').on(t.orgCode)]);

/** Server-side sessions: the server stays stateless, any instance can serve any request. */
export const sessions = pgTable('sessions', {
  /** sha256 of the cookie value; the raw token never reaches the database */
  tokenHash: text('token_hash').primaryKey(),
  accountId: uuid('account_id').notNull().references(() => accounts.id),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  ip: text('ip'),
}, (t) => [index('sessions_account_idx').on(t.accountId)]);

/** Login attempts, kept to throttle by account and by address across all server instances. */
export const loginAttempts = pgTable('login_attempts', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  username: text('username').notNull(),
  ip: text('ip').notNull(),
  success: boolean('success').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('login_attempts_user_idx').on(t.username, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)]);

/** 审计日志 (全过程记录) — append-only; a trigger refuses UPDATE, DELETE and TRUNCATE. */
export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  actorRole: text('actor_role'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  /** org unit of the record, so the trail is scoped like the records themselves */
  orgCode: text('org_code'),
  before: jsonb('before'),
  after: jsonb('after'),
  ip: text('ip'),
}, (t) => [
  index('audit_entity_idx').on(t.entity, t.entityId),
  index('audit_actor_idx').on(t.actorId, t.at),
  index('audit_at_idx').on(t.at),
  index('audit_org_idx').on(t.orgCode),
]);

/** 实名制人员库 — residents on record by real name (一人一档). */
export const persons = pgTable('persons', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgCode: text('org_code').notNull().references(() => orgUnits.code),
  name: text('name').notNull(),
  residentId: text('resident_id').notNull(),
  sex: text('sex').notNull(),
  birthDate: date('birth_date').notNull(),
  mobile: text('mobile'),
  address: text('address'),
  /** 本区户籍 */
  localHukou: boolean('local_hukou').notNull().default(true),
  /** 就业状态: employed | unemployed | flexible | retired | student | other */
  employmentStatus: text('employment_status').notNull().default('employed'),
  /** 重点群体 tags: graduate, long_term_unemployed_youth, hard_to_employ, zero_employment_family, rural_labour, veteran, disabled */
  keyGroups: jsonb('key_groups').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [uniqueIndex('persons_resident_id_uq').on(t.residentId), index('persons_org_idx').on(t.orgCode)]);

/** Key-value settings of the installation (demo mode, region, seed). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
