// Written against the generated types only: the e2e test runs it on the live service and also compiles it, so
// a wrong path, body field or answer field here is a type error.
import { createBreachDeskClient } from '../../client/index.js';

export async function logAndReadBack(baseUrl: string, token: string) {
  const client = createBreachDeskClient(baseUrl, token);
  const logged = await client.POST('/api/v1/incidents', {
    body: {
      title: 'Call recordings bucket exposed',
      role: 'controller',
      breachTypes: ['confidentiality'],
      dataCategories: ['identity', 'communications_content'],
      subjectsAffected: 1200,
      confidentiality: { recipients: 'unknown', dataRetrieved: false },
    },
  });
  if (!logged.data) throw new Error(`logging answered ${logged.response.status}: ${JSON.stringify(logged.error)}`);
  const read = await client.GET('/api/v1/incidents/{id}', { params: { path: { id: logged.data.id } } });
  if (!read.data) throw new Error(`reading answered ${read.response.status}`);
  const riskLevel: 'unlikely' | 'risk' | 'high_risk' | undefined = read.data.assessment?.riskLevel;
  return { logged: logged.data, read: read.data, riskLevel };
}

export async function misuse(baseUrl: string, token: string) {
  const client = createBreachDeskClient(baseUrl, token);
  await client.POST('/api/v1/incidents', {
    // @ts-expect-error: the contract has no `severity` field on an incident's body
    body: { title: 'x', role: 'controller', breachTypes: ['integrity'], dataCategories: ['identity'], severity: 3 },
  });
  await client.POST('/api/v1/incidents', {
    // @ts-expect-error: `role` is controller or processor
    body: { title: 'x', role: 'bystander', breachTypes: ['integrity'], dataCategories: ['identity'] },
  });
  // @ts-expect-error: no such path
  await client.GET('/api/v1/incident/{id}', { params: { path: { id: 'x' } } });
}
