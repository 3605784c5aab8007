export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: GraphQLErrorShape[];
  /** SQL statements the server ran for this request (x-sql-statements). */
  sqlStatements: number;
  headers: Headers;
}

/** A browser-like client: keeps the session cookie, sends JSON, comes from one address. */
export class GraphQLClient {
  cookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    readonly address: string,
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    init: { headers?: Record<string, string>; body?: string } = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': this.address,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...init.headers,
      },
      body: init.body ?? JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await res.text();
    let body: { data?: T; errors?: GraphQLErrorShape[] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: text }] };
    }
    return {
      status: res.status,
      data: body.data ?? null,
      errors: body.errors ?? [],
      sqlStatements: Number(res.headers.get('x-sql-statements') ?? NaN),
      headers: res.headers,
    };
  }

  signIn(email: string, password: string): Promise<GraphQLResponse> {
    return this.request(`mutation SignIn($input: SignInInput!) { signIn(input: $input) { id email role } }`, {
      input: { email, password },
    });
  }
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function ok<T>(res: GraphQLResponse<T>): T {
  if (res.errors.length || !res.data) {
    throw new Error(`Expected success, got ${res.status}: ${JSON.stringify(res.errors)}`);
  }
  return res.data;
}

export function errorCode(res: GraphQLResponse<unknown>): string | undefined {
  return res.errors[0]?.extensions?.code;
}
