// The TypeScript example of clients/README.md (the lines between the markers), compiled by every build.
// README:start
import { Configuration, ResponseError, TrackingApi } from '@govopen/request-service-client';

export async function followACase(code: string, secret: string): Promise<string> {
  const tracking = new TrackingApi(new Configuration({ basePath: 'http://127.0.0.1:8082' }));
  try {
    const c = await tracking.track({ code, xTrackingSecret: secret });
    return `${c.caseNumber}：${c.stateLabel}，答复期限 ${c.dueDate?.toISOString().slice(0, 10) ?? '待确认'}`;
  } catch (e) {
    if (e instanceof ResponseError) return `未找到：${(await e.response.json()).detail}`; // problem+json
    throw e;
  }
}
// README:end
