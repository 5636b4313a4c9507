import { type ClassicRunSpec } from "./classic/index.js";
import type { ClassicEvent } from "./classic/progress.js";
import { type FileSpec } from "./file/index.js";
import { type Inspector2Event, type Inspector2Spec } from "./inspector2/index.js";
import type { AwsConnection, FindingSource, SourceClients, SourceContext } from "./types.js";
/**
 * What the gate is told to read: an Inspector Classic run (given, started from a template, or latest), an
 * Inspector (v2) scope, or files.
 */
export type SourceSpec = ClassicRunSpec | Inspector2Spec | FileSpec;
/** The progress events sources raise beside the gate's own (the file source raises only "fetch"). */
export type SourceEvents = ClassicEvent | Inspector2Event;
/** Refuses a bad spec (ConfigError) before anything runs. */
export declare function checkSource(spec: SourceSpec): void;
/** Builds the source a spec names, with the client the caller lent it (if any). */
export declare function createSource(spec: SourceSpec, ctx: SourceContext, clients: SourceClients, connection: AwsConnection): FindingSource;
