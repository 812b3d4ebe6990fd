// Schema pieces shared by routes (every route declares its schema; these keep them short).
export const errorSchema = {
  type: 'object',
  properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
  required: ['code', 'message'],
} as const;

export const errorResponses = {
  400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 429: errorSchema,
} as const;

export const pagingQuery = {
  page: { type: 'integer', minimum: 1, default: 1 },
  pageSize: { type: 'integer', minimum: 1, maximum: 500, default: 20 },
} as const;

export function paging(q: { page?: number; pageSize?: number }): { limit: number; offset: number } {
  const pageSize = q.pageSize ?? 20;
  return { limit: pageSize, offset: ((q.page ?? 1) - 1) * pageSize };
}

export const divisionCodeSchema = { type: 'string', pattern: '^[0-9]{2,12}$' } as const;
export const uuidSchema = { type: 'string', format: 'uuid' } as const;
