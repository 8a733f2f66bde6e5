import { FUNNEL, WEIGHTED_AMOUNT } from './amountFunctions';
import { CUSTOMER_GRADE } from './gradeFunctions';
import { FIVEK_INDEX, SALES_INTENSITY, WEAKEST_FACTOR } from './intensityFunctions';
import { BUYING_STAGE, MILESTONE, MILESTONE_PROBABILITY, NEXT_STEP } from './milestoneFunctions';
import { PERIOD_FORECAST } from './periodFunctions';
import { RUBRIC_LEVELS, RUBRIC_SCORE } from './rubricFunctions';
import type { FunctionDeclaration } from './types';

/** Every custom function, in the order the reference lists them. Ids never change. */
export const CATALOGUE: readonly FunctionDeclaration[] = [
  SALES_INTENSITY,
  FIVEK_INDEX,
  WEAKEST_FACTOR,
  RUBRIC_SCORE,
  RUBRIC_LEVELS,
  MILESTONE,
  MILESTONE_PROBABILITY,
  BUYING_STAGE,
  NEXT_STEP,
  WEIGHTED_AMOUNT,
  FUNNEL,
  PERIOD_FORECAST,
  CUSTOMER_GRADE,
];

export const FUNCTION_BY_ID: ReadonlyMap<string, FunctionDeclaration> = new Map(CATALOGUE.map((f) => [f.id, f]));
