/**
 * Inspector v2's routes on the control endpoint, under /_emulator/inspector2/: the seeded account,
 * pushing an image, deploying a function, setting a scan status, denying operations, the paging
 * quirks and the findings-report faults. Each is the JS API's `emulator.inspector2` method of the same name, over HTTP.
 */
import type { ControlRoutes } from "../control.js";
import type { DeployFunctionInput, PushImageInput, ScanStatusInput } from "./actions.js";
import type { Inspector2Emulator } from "./index.js";
import type { PagingQuirks } from "./operations.js";
import type { ReportFaults } from "./reports.js";

export interface Inspector2ControlState {
  readonly api: Inspector2Emulator;
  /** The operations denied now. */
  denied(): readonly string[];
  /** The paging quirks in force now. */
  quirks(): PagingQuirks;
}

const PREFIX = "/_emulator/inspector2";

export function inspector2Control(state: Inspector2ControlState): ControlRoutes {
  const { api } = state;
  return {
    paths: [
      `GET ${PREFIX}/seeded`,
      `POST ${PREFIX}/images`,
      `POST ${PREFIX}/functions`,
      `POST ${PREFIX}/scan-status`,
      `POST ${PREFIX}/deny`,
      `POST ${PREFIX}/quirks`,
      `POST ${PREFIX}/report-faults`,
    ],
    answer({ method, path, json }) {
      if (!path.startsWith(`${PREFIX}/`)) return undefined;
      const route = `${method} ${path.slice(PREFIX.length)}`;
      switch (route) {
        case "GET /seeded":
          return { status: 200, json: api.seeded };
        case "POST /images":
          return { status: 200, json: api.pushImage(json() as PushImageInput) };
        case "POST /functions":
          return { status: 200, json: api.deployFunction(json() as DeployFunctionInput) };
        case "POST /scan-status":
          return { status: 200, json: api.setScanStatus(json() as ScanStatusInput) };
        case "POST /deny":
          api.deny((json() as { operations?: string[] }).operations ?? []);
          return { status: 200, json: { denied: state.denied() } };
        case "POST /quirks":
          api.quirks(json() as Partial<PagingQuirks>);
          return { status: 200, json: state.quirks() };
        case "POST /report-faults":
          return { status: 200, json: api.reportFaults(json() as ReportFaults) };
        default:
          return undefined;
      }
    },
  };
}
