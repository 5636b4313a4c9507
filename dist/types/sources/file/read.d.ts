import type { Finding } from "../../model.js";
export declare function loadFindingsFile(path: string): Promise<Finding[]>;
/** Parses the text of a findings file (see the module comment for the accepted forms). */
export declare function parseFindings(text: string, file: string): Finding[];
