// Demo Kommune's aktindsigt history: half a year of requests registered through the real intake, most of them
// decided (on time more often in recent months, as a municipality that improves would be), a few with a
// fristbrev or a complaint, and the last two weeks' requests still open. The decisions are recorded as the
// decision service records them — status, decision date, time spent and the records.request.decided event —
// so management information and the portfolio show real figures after `npm start`. The requests have no
// documents: they are history, not work.
import { addDays, copenhagenDate, type PlainDate } from '../../platform/calendar/index.js';
import { withTenant, type Db } from '../../platform/db/database.js';
import { appendEvent } from '../../platform/events/events.js';
import type { Actor } from '../../platform/http/context.js';
import { workingDaysUsed } from './domain/deadlines.js';
import { RECORDS_EVENTS, type RequestDecidedPayload } from './domain/events.js';
import { registerRequest } from './service/intake.js';

const SUBJECTS = [
  'Byggesagen for Skolevej 12, herunder tegninger og ibrugtagningstilladelse',
  'Korrespondance om vejlukningen på Møllegade i marts',
  'Kommunens aftale med rengøringsleverandøren for rådhuset',
  'Referater fra møder om den nye daginstitution i Nordby',
  'Min egen sag om hjemmehjælp',
  'Miljøtilsyn på virksomheden på Industrivej 4',
  'Sagen om støj fra sportshallen',
  'Udbudsmaterialet for vintervedligeholdelse',
];
const NAMES = [
  'Lone Krogh',
  'Bo Winther',
  'Dagbladet',
  'Ejendomsselskabet Nord A/S',
  'Kim Thorsen',
  'Rikke Dam',
];

/** A deterministic pseudo-random sequence, so every demo database has the same history. */
function sequence(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

export async function seedRecordsHistory(
  db: Db,
  actor: Actor,
  units: { caseworkUnitIds: string[] },
  days = 180,
): Promise<number> {
  const random = sequence(20261204);
  const today = copenhagenDate(new Date());
  let count = 0;
  for (let back = days; back >= 0; back--) {
    const received = addDays(today, -back) as PlainDate;
    const weekday = new Date(`${received}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6 || random() > (back <= 30 ? 0.7 : 0.45)) continue;
    const unitId = units.caseworkUnitIds[Math.floor(random() * units.caseworkUnitIds.length)] ?? null;
    const kind = random();
    // A party to the case asks under forvaltningsloven; everyone else under offentlighedsloven.
    const requesterType = kind < 0.15 ? 'press' : kind < 0.3 ? 'company' : kind < 0.5 ? 'party' : 'citizen';
    const ack = await registerRequest(db, actor, {
      requesterType,
      name: NAMES[Math.floor(random() * NAMES.length)]!,
      email: null,
      address: [],
      laws: requesterType === 'party' ? ['fvl'] : ['ofl'],
      subject: SUBJECTS[Math.floor(random() * SUBJECTS.length)]!,
      caseReferences: [],
      channel: random() < 0.6 ? 'web_form' : 'email',
      received,
      largeOrComplex: false,
      unitId,
      assignedTo: null,
      caseType: 'citizen',
      parties: [],
      caseSubjects: [],
    });
    count++;
    if (back <= 14) continue; // still being handled
    // Older requests took longer: on time about 60 % half a year ago, about 90 % now.
    const late = random() < 0.1 + (0.3 * back) / days;
    const used = late ? 8 + Math.floor(random() * 6) : 2 + Math.floor(random() * 5);
    let decidedOn = received;
    for (let added = 0; added < used;) {
      decidedOn = addDays(decidedOn, 1) as PlainDate;
      if (workingDaysUsed(received, decidedOn) > added) added++;
    }
    if (decidedOn > today) continue;
    const minutes = 30 + Math.floor(random() * 8) * 30;
    await withTenant(db, actor.tenantId, async (tx) => {
      await tx.sql.query(
        `UPDATE records_requests SET status = 'decided', decided_on = $2, updated_at = now() WHERE id = $1`,
        [ack.requestId, decidedOn],
      );
      await tx.sql.query(
        `INSERT INTO records_time_entries (tenant_id, request_id, minutes, activity, spent_on) VALUES ($1, $2, $3, 'Sagsbehandling', $4)`,
        [tx.tenantId, ack.requestId, minutes, decidedOn],
      );
      const payload: RequestDecidedPayload = {
        requestId: ack.requestId,
        caseNumber: ack.caseNumber,
        unitId,
        decidedOn,
        workingDaysUsed: workingDaysUsed(received, decidedOn),
        calendarDaysUsed: Math.round((Date.parse(decidedOn) - Date.parse(received)) / 86_400_000),
        onTime: decidedOn <= ack.decisionDue,
        outcome: random() < 0.7 ? 'full' : 'partial',
        documents: 1 + Math.floor(random() * 12),
        minutesSpent: minutes,
      };
      await appendEvent(tx, actor, {
        type: RECORDS_EVENTS.decided,
        objectType: 'records_request',
        objectId: ack.requestId,
        payload: { ...payload },
      });
    });
  }
  return count;
}
