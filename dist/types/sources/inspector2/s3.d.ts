/**
 * The S3 client a findings report is read with: the v2 connection's region, profile and credentials,
 * the standard retry mode and bounded socket timeouts, and path-style addressing whenever the endpoint
 * is a custom one (`--s3-endpoint`, or AWS_ENDPOINT_URL_S3 as the door passes it): against `localhost`
 * virtual-hosted addressing would ask for `BUCKET.localhost`.
 */
import { S3Client } from "@aws-sdk/client-s3";
import { type Inspector2Connection } from "./client.js";
export declare function createS3Client(connection: Inspector2Connection, endpoint: string | undefined): S3Client;
