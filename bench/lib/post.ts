// One GraphQL POST over a keep-alive agent, for the benchmark clients: resolves on HTTP 200
// without GraphQL errors, rejects otherwise (with the status and the first error message).
import http from 'node:http';

export function postGraphql(agent: http.Agent, url: URL, payload: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: { message: string }[] };
            if (res.statusCode !== 200 || json.errors) reject(new Error(`HTTP ${res.statusCode}: ${json.errors?.[0]?.message ?? ''}`));
            else resolve();
          } catch (err) {
            reject(err as Error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
