// Countries and intergovernmental organizations: by code and paged lists.
import type { Db } from '../../db/executor.ts';
import type { CountryNode, OrganizationNode } from '../model.ts';
import { Label } from '../model.ts';
import { project, toCountry, toOrganization } from './mappers.ts';
import { int, keyset, lines, where, type KeysetPage, type Ordering, type Query } from './query.ts';

export const codeOrdering: Ordering = { exprs: ['n.code'], dirs: ['ASC'] };

export function countriesByCodes(codes: readonly string[]): Query {
  return {
    cypher: lines(`UNWIND $codes AS code`, `MATCH (n:${Label.Country} {code: code})`, `RETURN ${project.country('n')} AS country`),
    params: { codes: [...codes] },
  };
}

export function countryList(page: KeysetPage): Query {
  const k = keyset(codeOrdering, page);
  return {
    cypher: lines(`MATCH (n:${Label.Country})`, where([k.where]), `RETURN ${project.country('n')} AS country`, `ORDER BY ${k.orderBy}`, `LIMIT $limit`),
    params: { limit: int(page.limit), ...k.params },
  };
}

export function organizationsByCodes(codes: readonly string[]): Query {
  return {
    cypher: lines(`UNWIND $codes AS code`, `MATCH (n:${Label.Organization} {code: code})`, `RETURN ${project.organization('n')} AS organization`),
    params: { codes: [...codes] },
  };
}

export function organizationList(page: KeysetPage): Query {
  const k = keyset(codeOrdering, page);
  return {
    cypher: lines(`MATCH (n:${Label.Organization})`, where([k.where]), `RETURN ${project.organization('n')} AS organization`, `ORDER BY ${k.orderBy}`, `LIMIT $limit`),
    params: { limit: int(page.limit), ...k.params },
  };
}

type Row = Record<string, unknown>;

export function createCountryReads(db: Db) {
  return {
    async byCodes(codes: readonly string[]): Promise<CountryNode[]> {
      const q = countriesByCodes(codes);
      return (await db.readRows<{ country: Row }>('countries.byCodes', q.cypher, q.params)).map((r) => toCountry(r.country));
    },
    async list(page: KeysetPage): Promise<CountryNode[]> {
      const q = countryList(page);
      return (await db.readRows<{ country: Row }>('countries.list', q.cypher, q.params)).map((r) => toCountry(r.country));
    },
  };
}

export function createOrganizationReads(db: Db) {
  return {
    async byCodes(codes: readonly string[]): Promise<OrganizationNode[]> {
      const q = organizationsByCodes(codes);
      return (await db.readRows<{ organization: Row }>('organizations.byCodes', q.cypher, q.params)).map((r) => toOrganization(r.organization));
    },
    async list(page: KeysetPage): Promise<OrganizationNode[]> {
      const q = organizationList(page);
      return (await db.readRows<{ organization: Row }>('organizations.list', q.cypher, q.params)).map((r) => toOrganization(r.organization));
    },
  };
}

export type CountryReads = ReturnType<typeof createCountryReads>;
export type OrganizationReads = ReturnType<typeof createOrganizationReads>;
