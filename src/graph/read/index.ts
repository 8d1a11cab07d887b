// The read repositories the API uses, over the one executor.
import type { Db } from '../../db/executor.ts';
import { createArticleReads } from './articles.ts';
import { createCountryReads, createOrganizationReads } from './countries.ts';
import { createMeetingReads } from './meetings.ts';
import { createNetworkReads } from './network.ts';
import { createOfficialReads } from './officials.ts';
import { createStatsReads } from './stats.ts';

export function createReadRepositories(db: Db) {
  return {
    officials: createOfficialReads(db),
    countries: createCountryReads(db),
    organizations: createOrganizationReads(db),
    meetings: createMeetingReads(db),
    articles: createArticleReads(db),
    network: createNetworkReads(db),
    stats: createStatsReads(db),
  };
}

export type ReadRepositories = ReturnType<typeof createReadRepositories>;
