import { ApiError } from '../api-error.js';
import { paginate } from '../http/paginate.js';
import type { Router } from '../http/router.js';
import type { EmuPerson } from '../types.js';
import { personView } from '../views.js';

/** GET /people/me, /people/{id}, /people?email=|id=|displayName= (email lookups stay in the caller's org). */
export function peopleRoutes(r: Router): void {
  r.add('GET', '/people/me', (_core, req) => ({ status: 200, body: personView(req.caller, req.caller) }));
  r.add('GET', '/people/:id', (core, req, p) => {
    const person = core.world.people.get(p.id ?? '');
    if (!person) throw new ApiError(404, 'Person not found');
    return { status: 200, body: personView(person, req.caller) };
  });
  r.add('GET', '/people', (core, req) => {
    const { query, caller } = req;
    const email = query.get('email');
    const ids = query.get('id');
    const name = query.get('displayName')?.toLowerCase();
    const admin = caller.roles.includes('admin');
    if (!email && !ids && !name && !admin) throw new ApiError(400, 'email, displayName or id is required');
    let found: EmuPerson[] = [...core.world.people.values()];
    if (email) found = found.filter((x) => x.emails.includes(email.toLowerCase()) && x.orgId === caller.orgId);
    if (ids) {
      const wanted = new Set(ids.split(',').slice(0, 85));
      found = found.filter((x) => wanted.has(x.id));
    }
    if (name) found = found.filter((x) => x.displayName.toLowerCase().startsWith(name) && x.orgId === caller.orgId);
    if (!email && !ids && !name) found = found.filter((x) => x.orgId === caller.orgId);
    return paginate(core, req, found.map((x) => personView(x, caller)), 100, 1000);
  });
}
