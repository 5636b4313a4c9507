import { type InspectorApi } from "./api.js";
export declare function rulesPackageNames(api: InspectorApi, arns: readonly string[]): Promise<Map<string, string>>;
