import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Request, RequestHandler, Response } from 'express';
import { Kind, parse } from 'graphql';
import ical, { ICalEventStatus } from 'ical-generator';
import { isValidId } from '../../kit/arguments.js';
import { PLATFORM_DEPARTMENT, VENUE_DEPARTMENTS } from '../../kit/departments.js';
import { PUBLIC_IDENTITY } from '../../kit/identity.js';
import { REQUEST_ID_HEADER } from '../../kit/server.js';
import { failPlain, malformedPathAsPlainText } from './plain-text.js';
import type { GatewayFeature, GatewayHandle } from './feature.js';

function departmentName(value: string | null): string {
  return value === null ? '—' : (DEPARTMENT_NAMES.get(value) ?? value);
}

/** The route, for `app.get`: `spaceId` is everything between `/spaces/` and `.ics`. */
export const CALENDAR_FEED_ROUTE = '/calendar/spaces/:spaceId.ics';

/** Where the feeds are: `calendarFeedErrors` is mounted here. */
export const CALENDAR_FEED_PREFIX = '/calendar/spaces';

/** The window served: a month back, two months ahead; 92 days is the most `Space.calendar` accepts. */
const DAYS_BEFORE = 31;
const DAYS_AFTER = 61;
const DAY_MS = 86_400_000;

/** A `Department` enum value's name as an officer reads it: PARTY → 组织部门（党群服务中心）. */
const DEPARTMENT_NAMES = new Map<string, string>([...VENUE_DEPARTMENTS, PLATFORM_DEPARTMENT].map((d) => [d.enumKey, d.owner]));

interface FeedBooking {
  id: string;
  startsAt: string;
  endsAt: string;
  purpose: string;
  attendees: number;
  requesterDepartment: string | null;
  status: string;
}

interface FeedData {
  space: {
    id: string;
    name: string;
    kind: string;
    site: { name: string; address: string };
    calendar: FeedBooking[];
  } | null;
}

const INVALID_ID = 'Invalid space id: expected 1 to 100 letters, digits, "_", ".", ":" or "-".';

const calendarFeedErrors = malformedPathAsPlainText(INVALID_ID);

export interface CalendarFeedOptions {
  /** schema/operations/space-calendar-feed.graphql: read once, here, and sent as it is (the safelist knows its hash). */
  operationPath: string;
  /** The clock (tests); the window is a month back and two months ahead of it. */
  now: () => Date;
}

export const DEFAULTS: Pick<CalendarFeedOptions, 'now'> = {
  /** The system clock. */
  now: () => new Date(),
};

/**
 * GET /calendar/spaces/<id>.ics: the approved bookings of a space as an iCalendar feed, for officers'
 * calendar apps. Public, like `Space.calendar`: it runs the stored operation through the gateway's own
 * Apollo Server (the handle a feature's routes get) as the public (never the caller's token, so the answer is the same for everyone and
 * may be cached), so the safelist, the limits and the error masking apply as to any request. Errors
 * are plain text: 400 for a malformed id, 404 for an unknown space, 502 with the error code alone
 * when the graph answers with an error.
 */
function calendarFeed(opts: CalendarFeedOptions, gateway: GatewayHandle): RequestHandler {
  const query = fs.readFileSync(opts.operationPath, 'utf8');
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operationName = operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
  const { now } = opts;
  const { logger } = gateway;

  return async (req: Request, res: Response) => {
    const requestId = randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const spaceId = String(req.params.spaceId ?? '');
    if (!isValidId(spaceId)) {
      failPlain(res, 400, INVALID_ID);
      return;
    }
    try {
      const at = now().getTime();
      const from = new Date(at - DAYS_BEFORE * DAY_MS).toISOString();
      const to = new Date(at + DAYS_AFTER * DAY_MS).toISOString();
      const response = await gateway.executeOperation<FeedData>(
        { query, operationName, variables: { id: spaceId, from, to } },
        // The context the HTTP path builds for a caller without a token.
        { requestId, logger, identity: PUBLIC_IDENTITY },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) {
        // Already logged (with its stack, when internal) by the errorLogging plugin; the caller gets the code.
        const code = String(errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        logger.warn(
          { requestId, spaceId, code, codes: errors.map((e) => e.extensions?.code) },
          'calendar feed: the graph answered with errors',
        );
        failPlain(res, 502, code);
        return;
      }
      const space = data?.space;
      if (!space) {
        failPlain(res, 404, `No space "${spaceId}".`);
        return;
      }
      const calendar = ical({
        name: `${space.site.name} ${space.name}`,
        description: `${space.site.name} ${space.name}: approved bookings 已批准的预约`,
        prodId: { company: 'venue-graph', product: 'space-calendar', language: 'EN' },
        // Times stay in UTC: ical-generator 10, given the name Asia/Shanghai without a VTIMEZONE
        // generator, writes the server process's local wall-clock times with no zone at all (floating),
        // which a client would read as its own local time.
      });
      const location = `${space.site.name}, ${space.site.address}`;
      for (const b of space.calendar) {
        if (b.status !== 'APPROVED') continue;
        calendar.createEvent({
          id: `${b.id}@venue-graph`,
          start: new Date(b.startsAt),
          end: new Date(b.endsAt),
          summary: b.purpose,
          location,
          description: `申请部门 Requesting department: ${departmentName(b.requesterDepartment)}\n预计人数 Attendees: ${b.attendees}`,
          status: ICalEventStatus.CONFIRMED,
        });
      }
      res.status(200).type('text/calendar; charset=utf-8').setHeader('cache-control', 'public, max-age=300').send(calendar.toString());
    } catch (err) {
      logger.error({ requestId, spaceId, err }, 'calendar feed failed');
      if (!res.headersSent) failPlain(res, 500, 'INTERNAL_SERVER_ERROR');
    }
  };
}

export function useCalendarFeed(options: Pick<CalendarFeedOptions, 'operationPath'> & Partial<CalendarFeedOptions>): GatewayFeature {
  const opts = { ...DEFAULTS, ...options };
  return {
    name: 'calendar-feed',
    routes: (app, gateway) => {
      app.get(CALENDAR_FEED_ROUTE, calendarFeed(opts, gateway));
      app.use(CALENDAR_FEED_PREFIX, calendarFeedErrors);
    },
  };
}
