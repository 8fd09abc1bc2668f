import { Client, type QueryResult } from 'pg';

type QueryCallback = (error: Error | null, result: QueryResult) => void;

/**
 * pg's Client, whose promise form of query() (the one TypeORM uses for every statement it sends) goes through pg's
 * callback form instead. Same statements, same results, same errors. On Node 20, pg's own promise made each read's
 * rows outlive V8's young collections: a `GET /api/v1/incidents/:id` sent 11.2 kB per request to the old
 * generation with it and 0.8 kB without (docs/benchmarks.md, eleventh session). Given to the pool as `extra.Client`.
 */
export class CallbackFormClient extends Client {
  // pg's query() is a dozen overloads over (text or config or submittable, values, callback); this override only
  // decides which form runs and hands the arguments on untouched.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  override query(config: any, values?: any, callback?: any): any {
    if (
      typeof callback === 'function' ||
      typeof values === 'function' ||
      typeof config?.submit === 'function' ||
      typeof config?.callback === 'function'
    ) {
      return super.query(config, values, callback);
    }
    const settled = new Promise<QueryResult>((resolve, reject) => {
      const settle: QueryCallback = (error, result) => (error ? reject(error) : resolve(result));
      super.query(config, values, settle);
    });
    return settled.catch((error: Error) => {
      // As pg does: captured in a promise reaction, the stack names the async functions that awaited the statement
      // instead of the socket's read.
      Error.captureStackTrace(error);
      throw error;
    });
  }
}
