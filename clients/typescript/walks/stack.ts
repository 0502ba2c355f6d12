// The running stack the Node walks call, configured as an integrator would: base URLs from GOVOPEN_<SERVICE>_URL
// (default the local ports), bearer tokens from GOVOPEN_WALK_<WHO>_TOKEN (.ci/run makes them with deploy/local/token).
import { randomUUID } from 'node:crypto';

export const UNIT = 'ci-walk';

const ports: Record<string, number> = { catalog: 8081, request: 8082, sentiment: 8083, interaction: 8084 };

export function url(service: string): string {
  return process.env[`GOVOPEN_${service.toUpperCase()}_URL`] || `http://127.0.0.1:${ports[service]}`;
}

export function token(who: string): string {
  const name = `GOVOPEN_WALK_${who.toUpperCase()}_TOKEN`;
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: make one with deploy/local/token ROLE ${UNIT}`);
  }
  return value;
}

export function fresh(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** An RFC 9457 problem as every GovOpen error answers (the fields integrators read). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  violations?: { field: string; message: string }[];
  currentState?: string;
}

/** The problem a failed call answered with: the generated clients throw a ResponseError carrying the Response. */
export async function problemOf(call: Promise<unknown>): Promise<Problem> {
  try {
    await call;
  } catch (e) {
    const response = (e as { response?: Response }).response;
    if (!response) {
      throw e;
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('application/problem+json')) {
      throw new Error(`answered ${response.status} with ${type}, not a problem`);
    }
    return (await response.json()) as Problem;
  }
  throw new Error('the call succeeded; a problem was expected');
}
