import { type Finding } from "../model.js";
export declare function loadFindingsFile(path: string): Promise<Finding[]>;
/** Parses the text of a findings file (see the module comment for the accepted forms). */
export declare function parseFindings(text: string, file: string): Finding[];
/** Epoch seconds (milliseconds above 10^11) or an ISO-8601 string → ISO-8601; undefined when invalid. */
export declare function timestamp(value: unknown): string | undefined;
