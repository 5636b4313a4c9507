/**
 * A local stand-in for the part of the GitHub REST API the Action uses: issue comments (list with Link
 * pagination, create, update). Binds to 127.0.0.1; records every request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: "Bot" | "User" };
  issue: number;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
  readonly body?: unknown;
}

export interface FakeGitHub {
  readonly url: string;
  readonly comments: FakeComment[];
  readonly requests: RecordedRequest[];
  /** Answer every request with this status (e.g. 403) until set back to undefined. */
  failWith: number | undefined;
  /** Add a comment as if someone had written it. */
  seed(issue: number, body: string, user?: FakeComment["user"]): FakeComment;
  close(): Promise<void>;
}

const BOT = { login: "github-actions[bot]", type: "Bot" } as const;

export async function startFakeGitHub(options: { owner?: string; repo?: string } = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? "octo";
  const repo = options.repo ?? "app";
  const comments: FakeComment[] = [];
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  let base = "";

  const state: { failWith: number | undefined } = { failWith: undefined };

  const send = (
    res: ServerResponse,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(payload));
  };

  const view = (c: FakeComment) => ({
    id: c.id,
    body: c.body,
    user: c.user,
    html_url: `https://github.example/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", base);
    const body = text ? (JSON.parse(text) as { body?: string }) : undefined;
    requests.push({
      method: req.method ?? "",
      path: url.pathname + url.search,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(body !== undefined ? { body } : {}),
    });
    if (state.failWith !== undefined) {
      send(res, state.failWith, {
        message: state.failWith === 403 ? "Resource not accessible by integration" : "Failure",
        documentation_url: "https://docs.github.com/rest",
      });
      return;
    }
    const prefix = `/repos/${owner}/${repo}/issues/`;
    if (!url.pathname.startsWith(prefix)) {
      send(res, 404, { message: "Not Found" });
      return;
    }
    const rest = url.pathname.slice(prefix.length).split("/");
    // GET/POST /repos/o/r/issues/{n}/comments
    if (rest.length === 2 && rest[1] === "comments" && /^\d+$/.test(rest[0] ?? "")) {
      const issue = Number(rest[0]);
      if (req.method === "GET") {
        const perPage = Number(url.searchParams.get("per_page") ?? "30");
        const page = Number(url.searchParams.get("page") ?? "1");
        const all = comments.filter((c) => c.issue === issue);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          const next = new URL(url.pathname, base);
          next.searchParams.set("per_page", String(perPage));
          next.searchParams.set("page", String(page + 1));
          headers.link = `<${next.href}>; rel="next"`;
        }
        send(res, 200, slice.map(view), headers);
        return;
      }
      if (req.method === "POST" && typeof body?.body === "string") {
        const comment: FakeComment = { id: nextId++, body: body.body, user: BOT, issue };
        comments.push(comment);
        send(res, 201, view(comment));
        return;
      }
    }
    // PATCH /repos/o/r/issues/comments/{id}
    if (rest.length === 2 && rest[0] === "comments" && req.method === "PATCH") {
      const comment = comments.find((c) => c.id === Number(rest[1]));
      if (!comment) {
        send(res, 404, { message: "Not Found" });
        return;
      }
      if (comment.user.type !== "Bot") {
        send(res, 403, { message: "You cannot edit someone else's comment" });
        return;
      }
      if (typeof body?.body === "string") comment.body = body.body;
      send(res, 200, view(comment));
      return;
    }
    send(res, 404, { message: "Not Found" });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    comments,
    requests,
    get failWith() {
      return state.failWith;
    },
    set failWith(value: number | undefined) {
      state.failWith = value;
    },
    seed(issue, text, user = { login: "someone", type: "User" }) {
      const comment: FakeComment = { id: nextId++, body: text, user, issue };
      comments.push(comment);
      return comment;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
