// The hand-written baseline for tests/bench/api-vs-sql.mjs: a plain node:http server that answers
// each dashboard operation with one hand-written SQL query through `pg`, in the same kind of
// transaction as the API (the session looked up as trellis_auth, then SET LOCAL ROLE trellis_app
// and a local app.org_id, so row-level security applies), and assembles the same JSON answer.
// `?prepared=1` names every statement (pg's `name` option): prepared once per connection.
// Answers of 1 kB or more are gzipped when the client accepts it, as the API's are.
// Not a product: no validation beyond what the bench sends. Env: DATABASE_URL, PORT.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The same domain rules the API uses (goal health, readiness, quarters), as the API build has them.
const domain = createRequire(import.meta.url)(resolve(root, 'dist/api/libs/domain/src/index.js'));

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

/** A statement, named (prepared once per connection) when asked. */
function statement(name, text, values, prepared) {
  return prepared ? { name, text, values } : { text, values };
}

const SESSION = `SELECT u.id AS user_id, u.org_id, u.role, u.person_id
  FROM sessions s JOIN users u ON u.id = s.user_id AND u.org_id = s.org_id
  WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`;

// Everyone below a person and the chain above, index-friendly (people(org_id, manager_id)).
const LINE = `below(id) AS (
    SELECT id FROM people WHERE org_id = $1 AND manager_id = $2
    UNION
    SELECT p.id FROM below b JOIN people p ON p.org_id = $1 AND p.manager_id = b.id
  ),
  above(id) AS (
    SELECT manager_id FROM people WHERE org_id = $1 AND id = $2 AND manager_id IS NOT NULL
    UNION
    SELECT p.manager_id FROM above a JOIN people p ON p.org_id = $1 AND p.id = a.id WHERE p.manager_id IS NOT NULL
  )`;

const FRAMEWORK_VERSION = `(SELECT version FROM frameworks WHERE org_id = $1) AS fw_version`;

const frameworks = new Map(); // orgId -> { version, document, levelNames }

async function framework(client, orgId, version, prepared) {
  const cached = frameworks.get(orgId);
  if (cached && cached.version === version) return cached;
  const { rows } = await client.query(
    statement('fw', 'SELECT document, version FROM frameworks WHERE org_id = $1', [orgId], prepared),
  );
  const document = rows[0]?.document ?? domain.defaultFramework();
  const levelNames = new Map(document.tracks.flatMap((t) => t.levels.map((l) => [l.key, l.name])));
  const entry = { version: rows[0]?.version ?? 0, document, levelNames };
  frameworks.set(orgId, entry);
  return entry;
}

function summaryOf(row, detail, levelNames) {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    level: detail ? (levelNames.get(row.level) ?? row.level) : null,
    track: row.track === 'management' ? 'MANAGEMENT' : 'INDIVIDUAL_CONTRIBUTOR',
    active: row.active,
    team: row.team_id ? { id: row.team_id, name: row.team_name } : null,
    manager: row.manager_id ? { id: row.manager_id, name: row.manager_name } : null,
  };
}

// Columns of a person with team and manager names; `d` is whether the viewer reads their details.
const SUMMARY = `p.id, p.name, p.title, p.level, p.track, p.active, p.team_id, t.name AS team_name,
  p.manager_id, m.name AS manager_name`;
const SUMMARY_JOINS = `LEFT JOIN teams t ON t.org_id = p.org_id AND t.id = p.team_id
  LEFT JOIN people m ON m.org_id = p.org_id AND m.id = p.manager_id`;
const DETAIL = `($4 OR p.id = $2 OR p.id IN (SELECT id FROM below) OR p.id IN (SELECT id FROM above))`;

// The organization's fiscal year may start in any month: the query picks the current quarter's key
// (and the one before) for its start month from these twelve, so the quarter costs no statement.
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
function quarterKeys(today) {
  const current = MONTHS.map((m) => domain.quarterKey(domain.fiscalQuarterOf(today, m)));
  return { current, previous: current.map((k) => domain.previousQuarterKey(k)) };
}
const ORG = `org AS (
    SELECT fiscal_quarter_start_month AS start_month, stale_goal_days,
      ($KEYS::text[])[fiscal_quarter_start_month] AS cur, ($PREVS::text[])[fiscal_quarter_start_month] AS prev
    FROM organizations WHERE id = $1
  )`;

function quarterOf(v, key) {
  const q = domain.quarterOfKey(key, v.startMonth);
  return { key, label: q.label, start: q.start, end: q.end };
}

const OPERATIONS = {
  /** No data: what the session check and the transaction cost by themselves (the API's `{ __typename }`). */
  async floor() {
    return { __typename: 'Query' };
  },
  /** Home, ManagerOverview: a person's direct reports, as PersonSummary. */
  async managerOverview(client, v, vars, prepared) {
    const { rows } = await client.query(
      statement(
        'managerOverview',
        `WITH RECURSIVE ${LINE}
         SELECT ${SUMMARY}, ${DETAIL} AS d, ${FRAMEWORK_VERSION}
           FROM people p ${SUMMARY_JOINS}
          WHERE p.org_id = $1 AND p.manager_id = $3 AND p.active
            AND EXISTS (SELECT 1 FROM people x WHERE x.org_id = $1 AND x.id = $3)
          ORDER BY lower(p.name)`,
        [v.orgId, v.personId, vars.personId, v.admin],
        prepared,
      ),
    );
    const fw = await framework(client, v.orgId, rows[0]?.fw_version ?? 0, prepared);
    return {
      person: { id: vars.personId, directReports: rows.map((r) => summaryOf(r, r.d, fw.levelNames)) },
    };
  },

  /** Home, HomeGrowthOverview: goals needing a look, missing ratings, the reach by team. */
  async growthOverview(client, v, vars, prepared) {
    const keys = quarterKeys(v.today);
    const cached = frameworks.get(v.orgId);
    const competencies = cached
      ? domain.activeCompetencies(cached.document).map((c) => c.competency.key)
      : domain.activeCompetencies(domain.defaultFramework()).map((c) => c.competency.key);
    const { rows } = await client.query(
      statement(
        'growthOverview',
        `WITH RECURSIVE ${LINE}, ${ORG.replace('$KEYS', '$3').replace('$PREVS', '$6')},
         reach AS (
           SELECT p.id, p.name, p.track, p.team_id FROM people p
            WHERE p.org_id = $1 AND p.active AND (p.id = $2 OR ($5 AND p.id IN (SELECT id FROM below)))
         )
         SELECT ${FRAMEWORK_VERSION}, (SELECT row_to_json(org) FROM org) AS org,
           (SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'track', r.track, 'teamId', r.team_id,
              'teamName', t.name) ORDER BY lower(r.name), r.id)
              FROM reach r LEFT JOIN teams t ON t.org_id = $1 AND t.id = r.team_id) AS people,
           (SELECT json_agg(json_build_object('id', g.id, 'personId', g.person_id, 'title', g.title,
              'status', g.status, 'dueQuarter', g.due_quarter, 'startDate', to_char(g.start_date, 'YYYY-MM-DD'),
              'checkIns', (SELECT coalesce(json_agg(json_build_object('date', to_char(c.date, 'YYYY-MM-DD'),
                  'progress', c.progress, 'confidence', c.confidence) ORDER BY c.date, c.created_at), '[]')
                 FROM goal_check_ins c WHERE c.org_id = $1 AND c.goal_id = g.id))
              ORDER BY CASE g.status WHEN 'at_risk' THEN 0 WHEN 'active' THEN 1 WHEN 'draft' THEN 2
                WHEN 'done' THEN 3 ELSE 4 END, g.due_quarter NULLS LAST, g.created_at)
              FROM goals g JOIN reach r ON g.person_id = r.id
             WHERE g.org_id = $1 AND g.status IN ('draft', 'active', 'at_risk')) AS goals,
           (SELECT json_agg(json_build_object('personId', a.person_id, 'source', a.source, 'rated', a.n))
              FROM (SELECT person_id, source, count(*)::int AS n FROM assessments
                     WHERE org_id = $1 AND quarter = (SELECT cur FROM org) AND competency_key = ANY($4::text[])
                       AND person_id IN (SELECT id FROM reach) GROUP BY person_id, source) a) AS counts,
           (SELECT json_agg(ar.person_id) FROM assessment_releases ar
             WHERE ar.org_id = $1 AND ar.quarter = (SELECT cur FROM org) AND ar.person_id IN (SELECT id FROM reach)) AS shared`,
        [v.orgId, v.personId, keys.current, competencies, v.role === 'manager', keys.previous],
        prepared,
      ),
    );
    const row = rows[0];
    const current = row.org.cur;
    v.startMonth = row.org.start_month;
    v.staleGoalDays = row.org.stale_goal_days;
    const fw = await framework(client, v.orgId, row.fw_version ?? 0, prepared);
    const manager = v.role === 'manager';
    const people = row.people ?? [];
    const byId = new Map(people.map((p) => [p.id, p]));
    const rated = new Map((row.counts ?? []).map((c) => [`${c.personId}|${c.source}`, c.rated]));
    const shared = new Set(row.shared ?? []);
    const scales = new Map(fw.document.tracks.map((t) => [t.key, domain.ratingScale(fw.document, t.key).length]));
    const quarterEnds = new Map();
    const endOf = (key) => {
      if (!quarterEnds.has(key)) quarterEnds.set(key, domain.quarterOfKey(key, v.startMonth).end);
      return quarterEnds.get(key);
    };
    const brief = (p) => ({ id: p.id, name: p.name });
    const attention = [];
    for (const g of row.goals ?? []) {
      const due = endOf(g.dueQuarter ?? current);
      const health = domain.goalHealth({
        status: g.status,
        startDate: g.startDate,
        dueDate: due < g.startDate ? g.startDate : due,
        checkIns: g.checkIns,
        today: v.today,
        staleAfterDays: v.staleGoalDays,
      });
      if (domain.needsAttention(health, g.status)) {
        attention.push({
          goalId: g.id,
          title: g.title,
          reason: health.reason,
          stale: health.stale,
          person: brief(byId.get(g.personId)),
        });
      }
    }
    const missing = [];
    for (const p of people) {
      if (!scales.get(p.track)) continue;
      const selfMissing = competencies.length - (rated.get(`${p.id}|self`) ?? 0);
      const managerMissing =
        manager && p.id !== v.personId ? competencies.length - (rated.get(`${p.id}|manager`) ?? 0) : 0;
      if (selfMissing || managerMissing) {
        missing.push({ selfMissing, managerMissing, total: competencies.length, person: brief(p) });
      }
    }
    const teams = new Map();
    const teamRow = (p) => {
      let t = teams.get(p.teamId);
      if (!t) {
        t = {
          team: p.teamId ? { id: p.teamId, name: p.teamName } : null,
          people: 0,
          goalsNeedingAttention: 0,
          selfRatingsMissing: 0,
          managerRatingsMissing: 0,
          unsharedRatings: 0,
        };
        teams.set(p.teamId, t);
      }
      return t;
    };
    if (manager) {
      for (const p of people) {
        if (p.id === v.personId) continue;
        const t = teamRow(p);
        t.people += 1;
        if ((rated.get(`${p.id}|manager`) ?? 0) > 0 && !shared.has(p.id)) t.unsharedRatings += 1;
      }
      for (const a of attention)
        if (a.person.id !== v.personId) teamRow(byId.get(a.person.id)).goalsNeedingAttention += 1;
      for (const m of missing) {
        if (m.person.id === v.personId) continue;
        const t = teamRow(byId.get(m.person.id));
        if (m.selfMissing) t.selfRatingsMissing += 1;
        if (m.managerMissing) t.managerRatingsMissing += 1;
      }
    }
    const q = quarterOf(v, current);
    return {
      growthOverview: {
        quarter: { key: q.key, label: q.label },
        goalsNeedingAttention: attention,
        teams: [...teams.values()].sort((a, b) =>
          !a.team || !b.team ? (a.team ? -1 : b.team ? 1 : 0) : a.team.name.localeCompare(b.team.name),
        ),
        missingAssessments: missing,
      },
    };
  },

  /** The People page: the first page of 50 with team and manager, and the total. */
  async peoplePage(client, v, vars, prepared) {
    const { rows } = await client.query(
      statement(
        'peoplePage',
        `WITH RECURSIVE ${LINE}
         SELECT ${SUMMARY}, ${DETAIL} AS d, ${FRAMEWORK_VERSION}, count(*) OVER () AS total
           FROM people p ${SUMMARY_JOINS}
          WHERE p.org_id = $1 AND p.active
          ORDER BY lower(p.name), p.id OFFSET $3 LIMIT $5`,
        [v.orgId, v.personId, vars.offset ?? 0, v.admin, vars.limit ?? 50],
        prepared,
      ),
    );
    const fw = await framework(client, v.orgId, rows[0]?.fw_version ?? 0, prepared);
    return {
      peoplePage: {
        totalCount: Number(rows[0]?.total ?? 0),
        offset: vars.offset ?? 0,
        limit: vars.limit ?? 50,
        nodes: rows.map((r) => summaryOf(r, r.d, fw.levelNames)),
      },
    };
  },

  /** The person page: PersonDetail with direct reports. */
  async person(client, v, vars, prepared) {
    const { rows } = await client.query(
      statement(
        'person',
        `WITH RECURSIVE ${LINE}
         SELECT ${SUMMARY}, ${DETAIL} AS d, p.id IN (SELECT id FROM below) AS reached, p.version,
           to_char(p.start_date, 'YYYY-MM-DD') AS start_date, p.weekly_capacity_hours, ${FRAMEWORK_VERSION},
           p.id = $3 AS target
           FROM people p ${SUMMARY_JOINS}
          WHERE p.org_id = $1 AND (p.id = $3 OR (p.manager_id = $3 AND p.active))
          ORDER BY p.id = $3 DESC, lower(p.name)`,
        [v.orgId, v.personId, vars.id, v.admin],
        prepared,
      ),
    );
    const fw = await framework(client, v.orgId, rows[0]?.fw_version ?? 0, prepared);
    const [target, ...reports] = rows;
    if (!target?.target) return { person: null };
    const reaches = v.role === 'manager' && target.reached;
    const self = target.id === v.personId;
    return {
      person: {
        ...summaryOf(target, target.d, fw.levelNames),
        version: target.version,
        canEdit: v.admin || reaches,
        canSeeDetails: target.d,
        canSeeGrowth: self || reaches,
        canEditGrowth: self || reaches,
        startDate: target.d ? target.start_date : null,
        weeklyCapacityHours: target.d ? Number(target.weekly_capacity_hours) : null,
        directReports: reports.map((r) => summaryOf(r, r.d, fw.levelNames)),
      },
    };
  },

  /** The person page's growth tab: PersonGrowthFields for the current quarter. */
  async personGrowth(client, v, vars, prepared) {
    const keys = quarterKeys(v.today);
    const { rows } = await client.query(
      statement(
        'personGrowth',
        `WITH RECURSIVE ${LINE}, ${ORG.replace('$KEYS', '$4').replace('$PREVS', '$5')}
         SELECT p.id, p.track, p.level, p.id IN (SELECT id FROM below) AS reached, ${FRAMEWORK_VERSION},
           (SELECT row_to_json(org) FROM org) AS org,
           (SELECT json_agg(json_build_object('id', a.id, 'competencyKey', a.competency_key, 'quarter', a.quarter,
              'source', a.source, 'rating', a.rating, 'comment', a.comment, 'authorName', a.author_name,
              'updatedAt', a.updated_at, 'version', a.version))
              FROM assessments a WHERE a.org_id = $1 AND a.person_id = p.id
               AND (a.quarter IN (SELECT cur FROM org UNION ALL SELECT prev FROM org)
                 OR (a.source = 'manager' AND a.quarter <= (SELECT cur FROM org)))) AS ratings,
           (SELECT json_agg(DISTINCT jsonb_build_object('quarter', a.quarter, 'source', a.source))
              FROM assessments a WHERE a.org_id = $1 AND a.person_id = p.id) AS history,
           (SELECT json_agg(r.quarter) FROM assessment_releases r WHERE r.org_id = $1 AND r.person_id = p.id) AS shared
           FROM people p WHERE p.org_id = $1 AND p.id = $3`,
        [v.orgId, v.personId, vars.personId, keys.current, keys.previous],
        prepared,
      ),
    );
    const person = rows[0];
    if (!person) return { personGrowth: null };
    const current = person.org.cur;
    const previous = person.org.prev;
    v.startMonth = person.org.start_month;
    const fw = await framework(client, v.orgId, person.fw_version ?? 0, prepared);
    const doc = fw.document;
    const reaches = v.role === 'manager' && person.reached;
    const self = person.id === v.personId;
    const shared = new Set(person.shared ?? []);
    const visible = (q) => reaches || (shared.has(q) && self);
    const ratings = person.ratings ?? [];
    const scale = doc.tracks.some((t) => t.key === person.track) ? domain.ratingScale(doc, person.track) : [];
    const rungName = (key) =>
      key === doc.belowExpectations.key ? doc.belowExpectations.name : (fw.levelNames.get(key) ?? key);
    const toAssessment = (r) => ({
      ...r,
      source: r.source.toUpperCase(),
      ratingName: rungName(r.rating),
      ratingPosition: domain.ratingPosition(doc, person.track, r.rating),
    });
    const find = (key, q, source) => {
      if (source === 'manager' && !visible(q)) return null;
      const r = ratings.find((x) => x.competencyKey === key && x.quarter === q && x.source === source);
      return r ? toAssessment(r) : null;
    };
    let next = null;
    try {
      next = domain.nextLevel(doc, person.track, person.level);
    } catch {
      next = null;
    }
    const expectation = (c, key) => (Object.hasOwn(c.expectations, key) ? c.expectations[key] : null);
    const competencies = domain.activeCompetencies(doc).map(({ area, competency }) => {
      const s = find(competency.key, current, 'self');
      const m = find(competency.key, current, 'manager');
      return {
        competencyKey: competency.key,
        competencyName: competency.name,
        competencyDescription: competency.description,
        areaKey: area.key,
        areaName: area.name,
        expectation: expectation(competency, person.level),
        nextExpectation: next ? expectation(competency, next.key) : null,
        self: s,
        manager: m,
        previousSelf: find(competency.key, previous, 'self'),
        previousManager: find(competency.key, previous, 'manager'),
        disagreement: !!s && !!m && domain.ratingsDisagree(doc, person.track, s.rating, m.rating),
        gap: m ? domain.competencyGap(doc, { trackKey: person.track, levelKey: person.level }, m.rating) : null,
      };
    });
    const readable = ratings.filter((r) => r.source === 'manager' && r.quarter <= current && visible(r.quarter));
    let readiness = null;
    if (readable.length) {
      const latest = domain.latestRatings(
        readable.map((r) => ({ ...r, personId: person.id, ratingKey: r.rating })),
        'manager',
      );
      const ready = domain.promotionReadiness(doc, { trackKey: person.track, levelKey: person.level }, latest);
      readiness = ready && {
        nextLevelKey: ready.nextLevel?.key ?? null,
        nextLevelName: ready.nextLevel?.name ?? null,
        met: ready.met,
        total: ready.total,
        share: ready.share,
      };
    }
    const seen = (person.history ?? []).filter((h) => h.source === 'self' || visible(h.quarter)).map((h) => h.quarter);
    const rung = (r) => ({ position: r.position, key: r.key, name: r.name, summary: r.summary, retired: r.retired });
    return {
      personGrowth: {
        personId: person.id,
        quarter: quarterOf(v, current),
        previousQuarter: quarterOf(v, previous),
        quarters: [...new Set([current, ...seen])]
          .sort()
          .reverse()
          .map((q) => quarterOf(v, q)),
        level: scale.find((r) => r.key === person.level) ? rung(scale.find((r) => r.key === person.level)) : null,
        scale: scale.map(rung),
        competencies,
        managerRatingsShared: shared.has(current),
        managerRatingsVisible: visible(current),
        canSelfAssess: self,
        canManagerAssess: reaches,
        writable: true,
        selfCount: competencies.filter((c) => c.self).length,
        managerCount: competencies.filter((c) => c.manager).length,
        disagreementCount: competencies.filter((c) => c.disagreement).length,
        readiness,
        readinessThrough: readable.length
          ? { key: readable.reduce((a, r) => (r.quarter > a ? r.quarter : a), readable[0].quarter) }
          : null,
      },
    };
  },
};

async function handle(op, token, vars, prepared) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(statement('auth', `SELECT set_config('role', 'trellis_auth', true)`, [], prepared));
    const { rows } = await client.query(
      statement('session', SESSION, [createHash('sha256').update(token).digest('hex')], prepared),
    );
    const s = rows[0];
    if (!s) throw new Error('no session');
    await client.query(
      statement(
        'tenant',
        `SELECT set_config('role', 'trellis_app', true), set_config('app.org_id', $1, true)`,
        [s.org_id],
        prepared,
      ),
    );
    const viewer = {
      orgId: s.org_id,
      personId: s.person_id,
      role: s.role,
      admin: s.role === 'admin',
      startMonth: 1,
      staleGoalDays: 21,
      today: new Date().toISOString().slice(0, 10),
    };
    const data = await OPERATIONS[op](client, viewer, vars, prepared);
    await client.query('COMMIT');
    return data;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const op = url.pathname.slice(1);
    const token = /trellis_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (!OPERATIONS[op] || !token) {
      res.writeHead(op === 'health' ? 200 : 404).end();
      return;
    }
    const vars = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    handle(op, decodeURIComponent(token), vars, url.searchParams.get('prepared') === '1').then(
      (data) => {
        // Compressed as the API's compression() does: gzip from 1 kB when the client accepts it.
        const body = JSON.stringify({ data });
        if (body.length >= 1024 && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          res
            .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', vary: 'Accept-Encoding' })
            .end(gzipSync(body));
        } else {
          res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        }
      },
      (error) => {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
      },
    );
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void pool.end();
});
