// Test oracle: Bluesky's reference server, npm @atproto/pds, on 127.0.0.1, with an account.
// A PDS registers each new account's DID with a PLC directory; this script serves a minimal
// one on 127.0.0.1 too (it stores the signed creation operation and answers the DID document,
// computed by @did-plc/lib, the directory's own library), so nothing leaves the machine.
// Prints one JSON line {url, handle, password, did} once the account and an app password
// exist, then serves until stdin closes.
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";

const require = createRequire(new URL("../js/package.json", import.meta.url));
const pdsModule = await import(require.resolve("@atproto/pds"));
const requireFromPds = createRequire(require.resolve("@atproto/pds"));
const plc = await import(requireFromPds.resolve("@did-plc/lib"));
const { Secp256k1Keypair } = await import(requireFromPds.resolve("@atproto/crypto"));

function listen(server) {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server.address().port)));
}

// -- the PLC directory stand-in ---------------------------------------------------------------
const operations = new Map();
const directory = createServer(async (request, response) => {
  const did = decodeURIComponent(request.url.slice(1).split("/")[0]);
  const answer = (status, body) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  };
  if (request.method === "POST") {
    let body = "";
    for await (const chunk of request) body += chunk;
    const op = JSON.parse(body);
    try {
      await plc.assureValidCreationOp(did, op); // the signature and the DID must match
    } catch (error) {
      return answer(400, { message: String(error.message || error) });
    }
    operations.set(did, op);
    return answer(200, {});
  }
  const op = operations.get(did);
  if (!op) return answer(404, { message: `DID not registered: ${did}` });
  return answer(200, plc.formatDidDoc(plc.opToData(did, op)));
});
const plcPort = await listen(directory);

// -- the PDS --------------------------------------------------------------------------------------
const data = mkdtempSync(join(tmpdir(), "onevoice-pds-"));
const probe = createServer();
const port = await listen(probe);
await new Promise((resolve) => probe.close(resolve));
const rotation = await Secp256k1Keypair.create({ exportable: true });
const env = {
  port,
  hostname: "localhost",
  devMode: true,
  dataDirectory: data,
  blobstoreDiskLocation: join(data, "blobs"),
  jwtSecret: randomBytes(16).toString("hex"),
  adminPassword: randomBytes(16).toString("hex"),
  plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotation.export()).toString("hex"),
  didPlcUrl: `http://127.0.0.1:${plcPort}`,
  serviceHandleDomains: [".test"],
  inviteRequired: false,
  crawlers: [],
  rateLimitsEnabled: false,
  disableSsrfProtection: true,
};
const cfg = pdsModule.envToCfg(env);
const secrets = pdsModule.envToSecrets(env);
const pds = await pdsModule.PDS.create(cfg, secrets);
await pds.start();

const url = `http://localhost:${port}`;
async function xrpc(method, body, token) {
  const response = await fetch(`${url}/xrpc/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${method}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}
const handle = "calypso-news.test";
const account = await xrpc("com.atproto.server.createAccount", {
  handle,
  email: "status@example.test",
  password: randomBytes(12).toString("hex"),
});
const app = await xrpc("com.atproto.server.createAppPassword", { name: "onevoice" }, account.accessJwt);
process.stdout.write(JSON.stringify({ url, handle, password: app.password, did: account.did }) + "\n");

process.stdin.resume();
process.stdin.on("end", async () => {
  await pds.destroy();
  directory.close();
  rmSync(data, { recursive: true, force: true });
  process.exit(0);
});
