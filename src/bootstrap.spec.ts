import { IncomingMessage, ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { PrototypedExpressAdapter } from './bootstrap.js';

describe('PrototypedExpressAdapter', () => {
  let server: Server;
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  it("has Node build each request and response on Express's prototypes, which Express then leaves alone", async () => {
    const adapter = new PrototypedExpressAdapter();
    adapter.initHttpServer({});
    const express = adapter.getInstance<Express>();
    server = adapter.getHttpServer() as Server;
    const bornOn: object[] = [];
    // Before Express handles them: what Node built.
    server.prependListener('request', (request: IncomingMessage, response: ServerResponse) =>
      bornOn.push(Object.getPrototypeOf(request) as object, Object.getPrototypeOf(response) as object),
    );
    express.get('/echo', (request, response) => {
      response.json({
        host: request.get('host'),
        isIncomingMessage: request instanceof IncomingMessage,
        isServerResponse: response instanceof ServerResponse,
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;

    const answer = await fetch(`http://127.0.0.1:${port}/echo`);

    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ host: `127.0.0.1:${port}`, isIncomingMessage: true, isServerResponse: true });
    expect(bornOn).toHaveLength(2);
    expect(bornOn[0]).toBe(express.request);
    expect(bornOn[1]).toBe(express.response);
  });
});
