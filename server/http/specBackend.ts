/**
 * The one way this project builds an openapi-backend instance over our spec: strict definition
 * checks, Ajv with the standard formats. `quick` compiles validators lazily (the server, so it
 * starts fast); CI and the tests compile them all.
 */
import { OpenAPIBackend } from 'openapi-backend';
import addFormats from 'ajv-formats';

export async function createSpecBackend(spec: object, opts: { quick: boolean; coerceTypes?: boolean }): Promise<OpenAPIBackend> {
  const api = new OpenAPIBackend({
    definition: spec as any,
    strict: true,
    quick: opts.quick,
    validate: true,
    coerceTypes: opts.coerceTypes ?? false,
    ajvOpts: { allErrors: false },
    customizeAjv: (ajv) => {
      addFormats(ajv as any);
      return ajv;
    },
  });
  await api.init();
  return api;
}
