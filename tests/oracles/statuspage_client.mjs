// Test oracle: the npm `statuspage.io` client (a real Statuspage API client nobody here wrote)
// pointed at a status site. Argument: the site's base URL. Output on stdout: a JSON object with,
// per client call, what it got back (or the error it met). Packages resolve from tests/js/node_modules.
import { createRequire } from "node:module";

const require = createRequire(new URL("../js/package.json", import.meta.url));
const { Statuspage } = require("statuspage.io");

const client = new Statuspage("unused-page-id");
client.setApiUrl(process.argv[2]);
const calls = {
  getSummary: () => client.api.getSummary(),
  getStatus: () => client.api.getStatus(),
  getComponents: () => client.api.getComponents(),
  "incidents.getAll": () => client.api.incidents.getAll(),
  "incidents.getUnresolved": () => client.api.incidents.getUnresolved(),
  "scheduledMaintenances.getAll": () => client.api.scheduledMaintenances.getAll(),
  "scheduledMaintenances.getUpcoming": () => client.api.scheduledMaintenances.getUpcoming(),
  "scheduledMaintenances.getActive": () => client.api.scheduledMaintenances.getActive(),
};
const results = {};
for (const [name, call] of Object.entries(calls)) {
  try {
    results[name] = { ok: true, data: await call() };
  } catch (error) {
    results[name] = { ok: false, error: String(error.message || error) };
  }
}
process.stdout.write(JSON.stringify(results));
