import type { Change } from './change.js';
import { Deliverer } from './deliver.js';
import { EventLog } from './event-log.js';
import { FaultBook } from './http/fault-book.js';
import { newId } from './ids.js';
import { World } from './state/world.js';
import { MeetingsState } from './meetings/state.js';
import type { CallRecord, EmuEvent, EmuOrg, EmuPerson } from './types.js';

/** The app id Webex stamps on webhooks and events made through "our" integration. */
export const APP_ID = Buffer.from('ciscospark://us/APPLICATION/warden-emulator').toString('base64url');

/**
 * The emulator's state and its two outlets: every change becomes an Events API item and a set
 * of webhook deliveries, through emit(), so routes and in-process calls behave the same.
 */
export class Core {
  readonly world = new World();
  readonly log = new EventLog();
  readonly deliverer = new Deliverer(this.world);
  readonly mainOrg: EmuOrg;
  readonly partnerOrg: EmuOrg;
  readonly faults = new FaultBook();
  readonly meetings = new MeetingsState();
  /** How far the emulated Webex's clock is from this machine's (tests of a skewed clock). */
  clockSkewMs = 0;
  calls: CallRecord[] = [];
  private callSeq = 0;

  constructor(readonly maxPageSize?: number) {
    this.mainOrg = this.world.addOrg('Acme');
    this.partnerOrg = this.world.addOrg('Partner');
  }

  emit(change: Change): void {
    this.log.add({
      id: newId('EVENT'),
      resource: change.resource,
      type: change.event,
      appId: APP_ID,
      actorId: change.actorId,
      orgId: change.room.ownerId,
      created: new Date(this.now()).toISOString(),
      data: change.eventData,
    });
    this.deliverer.dispatch(change);
  }

  /** Events added directly (backfill, benchmark); absent ids and org are filled in. */
  addEvents(events: ReadonlyArray<Omit<EmuEvent, 'id' | 'appId' | 'orgId'> & Partial<EmuEvent>>): void {
    // Webex's own samples show appId as the string "null" for events not made by an app (§6).
    for (const e of events) this.log.add({ id: newId('EVENT'), appId: 'null', orgId: this.mainOrg.id, ...e });
  }

  nextCallSeq(): number {
    return ++this.callSeq;
  }

  /** The person behind a bearer token, unless unknown or expired (Webex answers 401 then). */
  identify(authorization: string | undefined): { person: EmuPerson; label: string | undefined } | undefined {
    const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
    const info = token === undefined ? undefined : this.world.tokens.get(token);
    if (!info || info.expired || (info.expiresAt !== undefined && Date.now() >= info.expiresAt)) return undefined;
    const person = this.world.people.get(info.personId);
    return person ? { person, label: info.label } : undefined;
  }

  /** Page size for a list: the caller's `max` within the endpoint's cap (and the test override). */
  /** Webex's time: the `Date` header of every answer and the `created` of events. */
  now(): number {
    return Date.now() + this.clockSkewMs;
  }

  pageSize(requested: string | null, def: number, cap: number): number {
    const n = requested === null ? def : Number.parseInt(requested, 10);
    const capped = Math.min(Number.isFinite(n) && n > 0 ? n : def, cap);
    return this.maxPageSize ? Math.min(capped, this.maxPageSize) : capped;
  }
}
