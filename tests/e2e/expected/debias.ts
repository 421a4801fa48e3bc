/**
 * The debiasing figure's headline numbers computed in Node with the widget's own core,
 * printed as JSON. Run as a child process by embeddings-bias.spec.ts: the core
 * imports JSON word lists, which tsx loads and Playwright's test loader does not.
 */
import { buildTimeEmbeddings } from '../../../widgets/lib/node/embeddings';
import { debiasTable, genderPool, poolSummary, type DebiasDirection } from '../../../widgets/debias/core';
import { POOL_PER_SIDE } from '../../../widgets/debias/state';

const dir = (process.argv[2] ?? 'definitional') as DebiasDirection;
const k = Number(process.argv[3] ?? 10);
const d = debiasTable(buildTimeEmbeddings(), dir);
const pool = genderPool(d, POOL_PER_SIDE);
console.log(JSON.stringify({ before: poolSummary(d.before, pool, k), after: poolSummary(d.after, pool, k) }));
