/**
 * MapLibre draws nothing when its worker does not run, and says nothing either: it never listens for the worker's
 * `error`. A server that sends `.mjs` as `application/octet-stream` (Apache and IIS without the mapping) or a policy
 * that blocks workers leaves a blank canvas. These checks find that, so the page can fall back to the static map and
 * the list as it does without WebGL, and the console can name the likely cause for whoever runs the server.
 */

export type WorkerProblem = { kind: 'unreachable' } | { kind: 'status'; status: number } | { kind: 'type'; type: string } | { kind: 'no-answer' };

/** A module worker runs only from a JavaScript MIME type: browsers check it strictly, whatever `nosniff` says. */
export function isScriptType(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return /^(text|application)\/(javascript|ecmascript|x-javascript)$/.test(type);
}

/** What the worker file's response says about whether the worker can start. */
export function problemOfResponse(status: number, contentType: string | null): WorkerProblem | undefined {
  if (status < 200 || status > 299) return { kind: 'status', status };
  if (!isScriptType(contentType)) return { kind: 'type', type: contentType || '(none)' };
  return undefined;
}

/** The console line for whoever deploys the site: the likely cause and what to change. */
export function explainProblem(problem: WorkerProblem, url: string): string {
  const head = `The map worker (${url}) did not run, so the interactive map is off.`;
  switch (problem.kind) {
    case 'unreachable':
      return `${head} It could not be fetched: a proxy, a content blocker or a firewall may block it.`;
    case 'status':
      return `${head} The server answered ${problem.status}: is the whole _astro/ folder of the build deployed?`;
    case 'type':
      return `${head} It was served as ${problem.type}; module workers need text/javascript. Map the .mjs extension (Apache: AddType text/javascript .mjs; IIS: <mimeMap fileExtension=".mjs" mimeType="text/javascript" />).`;
    case 'no-answer':
      return `${head} The browser did not start it or it did not answer in time: a Content-Security-Policy without worker-src 'self', or a browser policy, may block workers.`;
  }
}

/** Fetches the worker file (the HTTP cache then serves the worker itself) and judges the response. */
export async function checkWorkerFile(url: string): Promise<WorkerProblem | undefined> {
  try {
    const response = await fetch(url);
    const problem = problemOfResponse(response.status, response.headers.get('Content-Type'));
    // Read to the end, so that the HTTP cache keeps the whole file for the worker that follows.
    if (problem) void response.body?.cancel();
    else await response.arrayBuffer();
    return problem;
  } catch {
    return { kind: 'unreachable' };
  }
}
