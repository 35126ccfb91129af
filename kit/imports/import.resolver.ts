import { Arg, type ClassType, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Database } from '../db.js';
import { badInput, forbidden } from '../errors.js';
import type { RequestContextBase } from '../server.js';
import { divisionLevels } from './divisions.js';
import {
  type ImportRefusal as EngineRefusal,
  ImportRequestError,
  runImport,
  type ImportRequest,
  type ImportResult as EngineResult,
} from './engine.js';
import { ImportInput } from './import-input.js';
import { type ImportRefusal, ImportResult } from './import-result.js';
import { type ImportDefinition, importMutationName } from './writer.js';

/** Runs `work`; a problem with the request (ImportRequestError) becomes BAD_USER_INPUT naming `input.<argument>`. */
export async function asBadInput<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ImportRequestError) throw badInput(`input.${err.argument}`, err.expected, err.received);
    throw err;
  }
}

/** The engine's refusals (a reason in both languages) as the schema's ImportRefusal. */
export function publicRefusals(refusals: readonly EngineRefusal[]): ImportRefusal[] {
  return refusals.map((r) => ({ sheet: r.sheet, row: r.row, field: r.field, reason: r.reason.zh, reasonEn: r.reason.en }));
}

/** What a subgraph's data object offers for imports: the engine bound to its database. */
export interface ImportData {
  importRecords(request: ImportRequest, who: Pick<RequestContextBase, 'identity' | 'requestId'>): Promise<EngineResult>;
}

/** For a subgraph's createData: `...importData(db, WRITERS)`. */
export function importData(db: Database, definition: ImportDefinition): ImportData {
  return { importRecords: (request, who) => runImport(db, definition, divisionLevels(), who, request) };
}

/**
 * The subgraph's import mutation (`importCultureRecords(input)` and so on: one name per subgraph, so
 * the five compose), the same resolver for every department from its definition. Staff and admins
 * only; each row is then allowed or refused by the engine (kit/access.ts canWrite).
 */
export function importResolver(definition: ImportDefinition): ClassType {
  @Resolver()
  class ImportResolver {
    @Mutation(() => ImportResult, {
      nullable: true,
      name: importMutationName(definition.spec.owner),
      description: `Import ${definition.spec.title.en} as \`npm run import\` read them from a file: a dry run unless commit is true; all or nothing unless skipInvalid. Who may call: staff and admins; each row only by its department's staff within their region, or an admin. 导入${definition.spec.title.zh}。`,
    })
    async importRecords(
      @Arg('input', () => ImportInput, { description: "The file's records, and whether to write them. 导入内容。" }) input: ImportInput,
      @Ctx() ctx: RequestContextBase & { data: ImportData },
    ): Promise<ImportResult> {
      const { role } = ctx.identity;
      if (role !== 'staff' && role !== 'admin') {
        throw forbidden(`Only staff and admins may import ${definition.spec.owner} records: sign in with a staff token.`);
      }
      const result = await asBadInput(() => ctx.data.importRecords(input, ctx));
      return { ...result, refusals: publicRefusals(result.refusals) };
    }
  }
  return ImportResolver;
}
