// The recorded answers Update Facts is tested against (test/integration/facts.test.ts), by path:
// one good answer (a fixture), and the failures an endpoint can give. Shared by the server the Node
// extension host starts itself and the one the harness starts for the browser host (runWeb.mjs).
// No imports: the integration tests are bundled for the browser too.

/** What to answer a request for `path`: a response, or 'hang-up' to close the connection. */
export function factsRoute(path, answer) {
  const headers = { 'access-control-allow-origin': '*' };
  switch (path) {
    case '/ok/sparql':
      return { status: 200, headers: { ...headers, 'content-type': 'application/sparql-results+json' }, body: answer };
    case '/limited/sparql':
      // A browser shows a cross-origin script only the headers the server exposes.
      return { status: 429, headers: { ...headers, 'retry-after': '30', 'access-control-expose-headers': 'retry-after' }, body: 'Too Many Requests' };
    case '/garbage/sparql':
      return { status: 200, headers: { ...headers, 'content-type': 'text/html' }, body: '<html>maintenance</html>' };
    case '/empty/sparql':
      return { status: 200, headers, body: '{"head":{"vars":[]},"results":{"bindings":[]}}' };
    case '/down/sparql':
      return 'hang-up';
    default:
      return { status: 404, headers, body: '' };
  }
}

/** A loopback HTTP server on those routes; `http` is Node's http module. */
export async function startFactsServer(http, answer) {
  const server = http.createServer((request, response) => {
    const route = factsRoute((request.url ?? '').split('?')[0], answer);
    if (route === 'hang-up') request.socket.destroy();
    else response.writeHead(route.status, route.headers).end(route.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, close: () => server.close() };
}
