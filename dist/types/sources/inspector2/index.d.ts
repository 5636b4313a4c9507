/** The Inspector (v2) source, as the registry knows it. */
import type { Inspector2Client } from "@aws-sdk/client-inspector2";
import type { SourceDefinition } from "../types.js";
import { type Inspector2Spec } from "./source.js";
export type { Inspector2Event } from "./progress.js";
export type { Inspector2Scope } from "./scope.js";
export type { Inspector2Spec } from "./source.js";
export declare const inspector2Source: SourceDefinition<Inspector2Spec, Inspector2Client>;
