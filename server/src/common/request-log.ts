/** What a request log line keeps of the request: its id, method and URL (never headers, cookies or the body). */
export function requestLogFields(req: { id?: unknown; method?: string; url?: string }) {
  return { id: req.id, method: req.method, url: req.url };
}

export function responseLogFields(res: { statusCode?: number }) {
  return { statusCode: res.statusCode };
}
