import type { HttpClientModel } from '../types.js';
import { axiosModel } from './axios.js';
import { fetchModel } from './fetch.js';
import { gotModel } from './got.js';
import { kyModel } from './ky.js';
import { nodeFetchModel } from './node-fetch.js';
import { undiciModel } from './undici.js';

/**
 * Every HTTP client model. A call is a third-party sink only when its destination is another
 * origin (see DESTINATION_MODEL).
 */
export const HTTP_CLIENT_MODELS: readonly HttpClientModel[] = [fetchModel, axiosModel, gotModel, undiciModel, nodeFetchModel, kyModel];
