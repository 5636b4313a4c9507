import { S3Client } from "@aws-sdk/client-s3";
export interface S3Options {
    /** Buckets that exist from the start (a report to any other ends BUCKET_NOT_FOUND). */
    readonly buckets?: readonly string[];
    /** Default "127.0.0.1". */
    readonly host?: string;
    /** Default 0: any free port. */
    readonly port?: number;
}
export interface S3Endpoint {
    /** "http://127.0.0.1:PORT": path-style addressing, any credentials. */
    readonly endpoint: string;
    /** A client of this endpoint (path-style, dummy credentials). */
    client(region: string): S3Client;
    close(): Promise<void>;
}
/** Credentials s3rver accepts (it accepts any: these say what they are). */
export declare const S3_LOCAL_CREDENTIALS: {
    readonly accessKeyId: "S3RVER";
    readonly secretAccessKey: "S3RVER";
};
/**
 * A client of a local endpoint. Checksums only when an operation requires one: s3rver predates the
 * SDK's default aws-chunked uploads with trailing checksums and would store the chunk framing.
 */
export declare function localS3Client(endpoint: string, region: string): S3Client;
export declare function startS3(options?: S3Options): Promise<S3Endpoint>;
