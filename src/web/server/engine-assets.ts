import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { FastifyInstance } from "fastify";

/** The proofreader's files the page fetches: the English dictionary and harper.js's binary. */
const dictionaryDir = dirname(createRequire(import.meta.url).resolve("dictionary-en"));
// harper.js exports only an `import` entry, which require.resolve cannot see: it sits beside
// dictionary-en in the same node_modules.
const harperDir = join(dictionaryDir, "..", "harper.js");

const ASSETS: Record<string, { file: () => string; type: string }> = {
  "index.aff": { file: () => join(dictionaryDir, "index.aff"), type: "text/plain; charset=utf-8" },
  "index.dic": { file: () => join(dictionaryDir, "index.dic"), type: "text/plain; charset=utf-8" },
  "harper_wasm_slim_bg.wasm": {
    file: () => join(harperDir, "dist", "harper_wasm_slim_bg.wasm"),
    type: "application/wasm",
  },
};

export const ENGINE_ASSETS_PATH = "/engine/";

export function registerEngineAssets(app: FastifyInstance): void {
  const cache = new Map<string, Buffer>();
  app.get<{ Params: { name: string } }>(`${ENGINE_ASSETS_PATH}:name`, async (request, reply) => {
    const asset = ASSETS[request.params.name];
    if (!asset) return reply.code(404).send({ error: "There is nothing at this address." });
    let bytes = cache.get(request.params.name);
    if (!bytes) {
      bytes = await readFile(asset.file());
      cache.set(request.params.name, bytes);
    }
    return reply.type(asset.type).header("cache-control", "public, max-age=86400").send(bytes);
  });
}
