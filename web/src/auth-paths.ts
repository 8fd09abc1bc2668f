// Sign-in paths until client/schema.d.ts is regenerated from a server that has them (#14 items 1–2).
type Json<T> = { content: { 'application/json': T } };
type Op<Body, Res, Path = never> = ([Path] extends [never]
  ? { parameters: { query?: never; header?: never; path?: never; cookie?: never } }
  : { parameters: { query?: never; header?: never; path: Path; cookie?: never } }) &
  ([Body] extends [never] ? { requestBody?: never } : { requestBody: Json<Body> }) & {
    responses: { 200: Json<Res>; 201: Json<Res>; 204: { content?: never }; 400: Json<unknown>; 401: Json<unknown>; 429: Json<unknown> };
  };
type User = {
  id: string;
  email: string;
  name: string;
  role?: 'reporter' | 'responder' | 'dpo' | 'admin';
  roles?: Array<'reporter' | 'responder' | 'dpo' | 'admin'>;
};
type SessionView = { user: User; csrfToken: string; expiresAt: string };
export type SessionRow = {
  id: string;
  createdAt: string;
  lastSeenAt?: string;
  expiresAt: string;
  userAgent?: string | null;
  ip?: string | null;
  current?: boolean;
};
export type InvitationView = {
  email: string;
  name: string;
  role?: string;
  totpRequired: boolean;
  totp: { secret: string; otpauthUrl: string; qrCodeSvg: string };
};
type Base = {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
  get?: never;
  put?: never;
  post?: never;
  delete?: never;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
};

export interface AuthPaths {
  '/api/v1/auth/login': Omit<Base, 'post'> & { post: Op<{ email: string; password: string; code?: string }, SessionView> };
  '/api/v1/auth/logout': Omit<Base, 'post'> & { post: Op<never, unknown> };
  '/api/v1/auth/session': Omit<Base, 'get'> & { get: Op<never, SessionView> };
  '/api/v1/auth/sessions': Omit<Base, 'get'> & { get: Op<never, SessionRow[]> };
  '/api/v1/auth/sessions/{id}': Omit<Base, 'delete'> & { delete: Op<never, unknown, { id: string }> };
  '/api/v1/invitations/{token}': Omit<Base, 'get'> & { get: Op<never, InvitationView, { token: string }> };
  '/api/v1/invitations/{token}/accept': Omit<Base, 'post'> & {
    post: Op<{ password: string; code?: string }, { recoveryCodes: string[] }, { token: string }>;
  };
  '/api/v1/users/{id}/invitation': Omit<Base, 'post'> & { post: Op<never, { invitationUrl: string }, { id: string }> };
}
