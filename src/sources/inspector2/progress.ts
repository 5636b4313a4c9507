/** The progress events of the Inspector (v2) source (the gate adds the elapsed time; doors render them). */
import type { Inspector2CoverageInfo } from "../../result.js";

export type Inspector2Event = { readonly message: string } & (
  | { readonly type: "inspector2-scope"; readonly scope: string; readonly region: string | null }
  | {
      readonly type: "inspector2-wait";
      /** Resources in scope so far, those not scanned yet, and named digests not in coverage yet. */
      readonly resources: number;
      readonly pending: number;
      readonly missing: number;
    }
  | { readonly type: "inspector2-coverage"; readonly coverage: Inspector2CoverageInfo }
  | { readonly type: "inspector2-kev"; readonly candidates: number; readonly calls: number }
  | { readonly type: "inspector2-report"; readonly reportId: string; readonly status: string }
);
