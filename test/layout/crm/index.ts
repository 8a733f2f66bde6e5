import { CHINESE } from './chinese';
import { DYNAMICS } from './dynamics';
import { HUBSPOT } from './hubspot';
import { MAVEN_CRM } from './mavenCrm';
import { PIPEDRIVE } from './pipedrive';
import { SALESFORCE } from './salesforce';
import type { CrmSource } from './types';
import { ZOHO } from './zoho';

export type { CrmSource, ExportHeaderRow } from './types';

export const CRM_SOURCES: readonly CrmSource[] = [SALESFORCE, HUBSPOT, PIPEDRIVE, DYNAMICS, ZOHO, MAVEN_CRM, CHINESE];
