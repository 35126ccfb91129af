import { forbidden, type PublicError } from './errors.js';
import { type AuthChecker, Authorized, Extensions } from 'type-graphql';
import type { Department, Identity } from './identity.js';

/**
 * Who may read what. Every field of a subgraph is public unless marked with `@Guarded(<Visibility>)`;
 * the check runs in the subgraph, on every field and every entity lookup, with the identity the gateway
 * signed. A refused field is null with a FORBIDDEN error at its path (marked fields are nullable), and
 * the field's description in the schema ends with who may read it (kit/federation.ts writes it).
 *
 * - public: anyone (venue names, addresses, opening hours, rooms offered for sharing).
 * - department: a department's non-personal data: its own staff within their region subtree, analysts
 *   (province-wide), admins.
 * - aggregate: figures of a region subtree: analysts, admins, and the department's staff for regions
 *   within their subtree.
 * - personal: data about people (staff names, contacts): the department's own staff within their
 *   region subtree, and admins; reads are written to the audit log.
 */
export type Visibility = 'public' | 'department' | 'aggregate' | 'personal';

export interface Owner {
  dept: Department;
  /** The division the record belongs to (a venue's region, or the region an aggregate covers). */
  region: string;
}

export function canSee(identity: Identity, visibility: Visibility, owner: Owner): boolean {
  if (visibility === 'public' || identity.role === 'admin') return true;
  const ownStaff =
    identity.role === 'staff' && identity.dept === owner.dept && identity.region !== null && owner.region.startsWith(identity.region);
  switch (visibility) {
    case 'department':
    case 'aggregate':
      return identity.role === 'analyst' || ownStaff;
    case 'personal':
      return ownStaff;
  }
}

/**
 * Who may write (import) a department's record: the rule of personal reads — the department's own
 * staff within their region subtree — and admins. Analysts and the public write nothing.
 */
export function canWrite(identity: Identity, dept: Department, region: string): boolean {
  if (identity.role === 'admin') return true;
  return identity.role === 'staff' && identity.dept === dept && identity.region !== null && region.startsWith(identity.region);
}

export type Guard = Exclude<Visibility, 'public'>;

const WHO: Record<Guard, string> = {
  department: "the department's staff for their region, analysts and admins",
  aggregate: "analysts, admins and the department's staff for their region",
  personal: "the department's staff for their region and admins",
};

/** The sentence a guarded field's description ends with: the same words as its FORBIDDEN error. */
export function whoMayRead(visibility: Guard): string {
  return `Who may read: ${WHO[visibility]}.${visibility === 'personal' ? ' Every read is audited.' : ''}`;
}

/**
 * Marks a field as readable only by `visibility`'s callers: type-graphql's `@Authorized` (checked by
 * `authChecker`) plus the visibility as a field extension, from which the schema's description says it.
 * The only way a subgraph guards a field (test/unit/guards.test.ts keeps `@Authorized` here alone).
 */
export function Guarded(visibility: Guard): PropertyDecorator & MethodDecorator {
  const authorized = Authorized(visibility);
  const extensions = Extensions({ visibility });
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    authorized(target, key, descriptor as never);
    extensions(target, key, descriptor as never);
  };
}

export function forbiddenField(field: string, visibility: Guard): PublicError {
  return forbidden(`Not allowed to read ${field}: only ${WHO[visibility]} may.`);
}

/** The region a record belongs to: its own `regionCode`, or the code of a Region it hangs off. */
function regionOf(root: unknown): string | null {
  const r = root as { regionCode?: unknown; code?: unknown } | null;
  if (typeof r?.regionCode === 'string') return r.regionCode;
  if (typeof r?.code === 'string') return r.code;
  return null;
}

/** type-graphql's auth checker for one department's subgraph: `@Guarded('department')` and so on. */
export function authChecker(dept: Department): AuthChecker<{ identity: Identity }> {
  return ({ root, context, info }, roles) => {
    const visibility = (roles[0] ?? 'department') as Guard;
    const region = regionOf(root);
    const field = `${info.parentType.name}.${info.fieldName}`;
    // A record with no region can only be read by whoever may read it anywhere.
    if (!canSee(context.identity, visibility, { dept, region: region ?? '' }) || (region === null && context.identity.role === 'staff')) {
      throw forbiddenField(field, visibility);
    }
    return true;
  };
}

/** 138****1234: enough to recognise a number, not to call it. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
