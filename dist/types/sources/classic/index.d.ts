/** The Inspector Classic run source, as the registry knows it. */
import type { InspectorClient } from "@aws-sdk/client-inspector";
import type { SourceDefinition } from "../types.js";
import { type ClassicRunSpec } from "./source.js";
export type { ClassicRunSpec } from "./source.js";
export declare const classicRunSource: SourceDefinition<ClassicRunSpec, InspectorClient>;
