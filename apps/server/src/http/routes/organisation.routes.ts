import { IdParams, OrganisationMemberList, OrganisationSearchItem, OrganisationSearchQuery, OrganisationView, Page, RegisterOrganisationBody, RegisterOrganisationResponse, TenantList, errorResponses } from '@jiebang/contracts';
import { presentOrganisation, presentOrganisationSearchItem } from '../../presenters/organisation.presenter.ts';
import { getOrganisation } from '../../use-cases/organisation/get-organisation.ts';
import { listOrganisationMembers } from '../../use-cases/organisation/list-organisation-members.ts';
import { listTenants } from '../../use-cases/organisation/list-tenants.ts';
import { registerOrganisation } from '../../use-cases/organisation/register-organisation.ts';
import { searchOrganisations } from '../../use-cases/organisation/search-organisations.ts';
import type { RouteDeps, RouteServer } from '../app.ts';

const tags = ['Organisations 单位'];

export function registerOrganisationRoutes(app: RouteServer, r: RouteDeps) {
  app.post(
    '/api/organisations/register',
    { schema: { tags, summary: 'Register an organisation and its first account (public; the account may raise needs, bid and lead bids)', body: RegisterOrganisationBody, response: { 201: RegisterOrganisationResponse, ...errorResponses } } },
    async (request, reply) => {
      const ctx = r.context(request);
      const result = await registerOrganisation(ctx, request.body);
      const organisation = await getOrganisation(ctx, result.organisationId);
      const { account } = request.body;
      return reply.status(201).send({
        organisation: await presentOrganisation(ctx.deps.db, ctx.actor, organisation),
        account: { id: result.userId, username: account.username, displayName: account.displayName, roles: [...result.roles] },
      });
    },
  );

  app.get('/api/tenants', { schema: { tags, summary: 'The platform tenants an organisation may register under: code, name, level, region (public)', response: { 200: TenantList, ...errorResponses } } }, async (request) => ({
    items: (await listTenants(r.context(request))).map((tenant) => ({ code: tenant.code, name: tenant.name, level: tenant.level, regionCode: tenant.region_code })),
  }));

  app.get('/api/organisations', { schema: { tags, summary: 'Search organisations by name or USCC (signed in), e.g. to pick consortium members', querystring: OrganisationSearchQuery, response: { 200: Page(OrganisationSearchItem), ...errorResponses } } }, async (request) => {
    const { total, rows } = await searchOrganisations(r.context(request), request.query);
    return { items: rows.map(presentOrganisationSearchItem), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/organisations/:id', { schema: { tags, summary: 'An organisation’s public profile (no staff data)', params: IdParams, response: { 200: OrganisationView, ...errorResponses } } }, async (request) => {
    const ctx = r.context(request);
    return presentOrganisation(ctx.deps.db, ctx.actor, await getOrganisation(ctx, request.params.id));
  });

  app.get('/api/organisations/:id/members', { schema: { tags, summary: 'The organisation’s people and their roles there (its own staff only), e.g. to choose a bid’s PI', params: IdParams, response: { 200: OrganisationMemberList, ...errorResponses } } }, async (request) => ({
    items: await listOrganisationMembers(r.context(request), request.params.id),
  }));
}
