/**
 * Entry of dist/excel-addin/functions.js, loaded by the shared runtime page: associates every
 * custom function id of functions.json with its implementation.
 */
import { CATALOGUE } from '../core/functions';
import { associateAll } from './customFunctionsHost';

associateAll(CATALOGUE);
