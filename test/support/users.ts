import type { Role } from '../../src/auth/roles';
import type { TestApp } from './test-app';

/** A user as POST /api/v1/users answers: their id, the API token shown once, and its id. */
export interface TestUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  slackUserId: string | null;
  token: string;
  tokenId: string;
}

export interface UserOptions {
  /** Default `Person <n>`; give one when a test reads the name back (a note, an audit entry). */
  name?: string;
  /** Links the user to this Slack member at creation. */
  slackUserId?: string;
}

let made = 0;

/** A new user holding `role` (or these roles), created by the admin through the API as any client would. */
export async function aUserWith(t: TestApp, role: Role | Role[], { name, slackUserId }: UserOptions = {}): Promise<TestUser> {
  made += 1;
  const body = {
    name: name ?? `Person ${made}`,
    email: `person${made}@exemplu.ro`,
    roles: [role].flat(),
    ...(slackUserId ? { slackUserId } : {}),
  };
  return (await t.api().post('/api/v1/users').send(body).expect(201)).body as TestUser;
}
