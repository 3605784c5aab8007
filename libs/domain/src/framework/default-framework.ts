import { DEFAULT_BELOW_EXPECTATIONS } from './read-framework';
import type { Area, Competency, Framework, Track } from './types';

/*
 * The framework every organization starts with, "Engineer → Architect → Leader". It is a typed
 * object rather than YAML text so that the compiler checks that every competency states an
 * expectation for every level; `frameworkToYaml(defaultFramework())` gives the YAML export.
 *
 * Each level widens the scope of the same behaviour: Engineer (their own work), Senior Engineer
 * (the team), Domain Expert (several teams, in one field), Architect (several teams, across
 * fields), Principal Architect (the organization and beyond); Tech Lead (the team's technical
 * work), Engineering Manager (a team or two, through its people), Director (several teams,
 * through their managers).
 */

type LevelKey =
  | 'engineer'
  | 'senior_engineer'
  | 'domain_expert'
  | 'architect'
  | 'principal_architect'
  | 'tech_lead'
  | 'engineering_manager'
  | 'director';

function competency(
  key: string,
  name: string,
  description: string,
  expectations: Record<LevelKey, string>,
): Competency {
  return { key, name, description, expectations };
}

const TRACKS: Track[] = [
  {
    key: 'individual_contributor',
    name: 'Individual contributor',
    levels: [
      {
        key: 'engineer',
        name: 'Engineer',
        summary:
          'Delivers well-defined work in one part of the system with growing independence, and asks for help early. ' +
          'Scope: their own work.',
      },
      {
        key: 'senior_engineer',
        name: 'Senior Engineer',
        summary:
          "Owns features and components end to end, from design to operation, and raises the quality of the team's work. " +
          'Scope: the team.',
      },
      {
        key: 'domain_expert',
        name: 'Domain Expert',
        summary:
          'The reference in one field (e.g. storage, payments, security) for several teams, turning deep knowledge into ' +
          'better decisions. Scope: several teams, in one field.',
      },
      {
        key: 'architect',
        name: 'Architect',
        summary:
          'Designs and evolves systems that span several teams, weighing trade-offs across fields and years. ' +
          'Scope: several teams, across fields.',
      },
      {
        key: 'principal_architect',
        name: 'Principal Architect',
        summary:
          'Sets the technical direction of the organization and is recognised for it beyond it. ' +
          'Scope: the organization and the industry.',
      },
    ],
  },
  {
    key: 'management',
    name: 'Management',
    levels: [
      {
        key: 'tech_lead',
        name: 'Tech Lead',
        summary:
          'Leads the technical work of one team while still building: plans, designs, reviews, unblocks, and grows the ' +
          'engineers around them. Scope: the team.',
      },
      {
        key: 'engineering_manager',
        name: 'Engineering Manager',
        summary:
          'Leads the people and the delivery of a team or two: hiring, growth, staffing, and a healthy balance of ' +
          'delivery and development. Scope: one or two teams, through their people.',
      },
      {
        key: 'director',
        name: 'Director',
        summary:
          'Leads several teams through their managers and tech leads: strategy, organization design, budgets and the ' +
          'growth of leaders. Scope: several teams and the organization.',
      },
    ],
  },
];

const CRAFT: Area = {
  key: 'craft',
  name: 'Craft',
  description:
    'Deep command of the code and of the business logic behind it: reads the source of what it depends on, and can ' +
    'build a comparable implementation to understand it.',
  competencies: [
    competency(
      'code_and_business_logic',
      'Code and business logic',
      'Writes clear, tested, maintainable code and understands the business rules the code implements, not only the ticket.',
      {
        engineer:
          "Writes readable, tested code for well-defined tasks in the team's codebase; can explain the business rule behind each change and asks when it is unclear.",
        senior_engineer:
          "Knows the team's codebase and its business rules well enough to change any part of it safely; their reviews catch logic and business-rule mistakes, not just style.",
        domain_expert:
          'Knows every layer of the code in their field, including its business edge cases (e.g. refunds, time zones, partial failures); engineers from several teams bring them their hardest changes in it.',
        architect:
          "Reads and reasons about code across several teams' systems, spots business logic that is duplicated or contradictory between them, and still writes code on critical paths.",
        principal_architect:
          'Sets the engineering standards (reviews, testing, code health) the organization follows, and stays hands-on enough to prototype and review critical code anywhere in it.',
        tech_lead:
          "Keeps the team's code healthy: sets its conventions, reviews the riskiest changes, and makes sure every business rule the team owns is captured in code and tests.",
        engineering_manager:
          'Stays close enough to the code to judge quality and estimates; plans time for code health (refactoring, tests) and protects it under delivery pressure.',
        director:
          "Makes code health and domain knowledge visible across teams (ownership maps, quality signals) and funds their upkeep in every team's plan.",
      },
    ),
    competency(
      'reading_the_source',
      'Reading the source',
      'Reads the source code of the libraries, frameworks, runtimes and services the system depends on, instead of guessing from their documentation.',
      {
        engineer:
          "Steps into a library's code (in the debugger or its repository) to understand a behaviour, rather than relying only on answers found online.",
        senior_engineer:
          "Routinely reads the source of the team's key dependencies (framework, ORM, client libraries) to explain bugs and performance problems, and points the team to the exact lines.",
        domain_expert:
          'Knows the internals of the main software of their field (e.g. the database engine, a kernel subsystem, the compiler) well enough to predict its behaviour for several teams, and files precise upstream issues or patches.',
        architect:
          'Reads the source of candidate technologies before several teams adopt them, and bases the decision on what the code actually does (failure handling, limits, maintenance health).',
        principal_architect:
          'Makes source-level understanding of critical dependencies a norm of the organization: adoption, upstream contributions and forks are decided with evidence from the code.',
        tech_lead:
          'Expects the team to read dependency source when debugging and pairs with engineers to show how; makes sure someone on the team knows the internals of each critical dependency.',
        engineering_manager:
          "Gives engineers time to dig into dependencies' source when it matters (incidents, upgrades, evaluations) and values that work in reviews, not only feature output.",
        director:
          'Ensures every critical third-party or open-source dependency across the teams has an owner who knows its internals, and budgets time for upstream work.',
      },
    ),
    competency(
      'building_to_understand',
      'Building to understand',
      'Builds a small comparable implementation (a toy database, a mini framework, a prototype protocol) to understand how something really works.',
      {
        engineer:
          'Builds small throwaway prototypes to learn how an unfamiliar tool or technique works before using it in production code.',
        senior_engineer:
          'Reimplements the core of a tool the team relies on (e.g. a cache, a rate limiter, a job queue) to understand its trade-offs, and shares what they learned with the team.',
        domain_expert:
          'Has built working comparable implementations of core components of their field (e.g. a storage engine, a consensus protocol, a query planner) and uses them to explain and test design choices with several teams.',
        architect:
          'Builds prototypes that compare competing designs on realistic workloads before several teams commit to one, and keeps the evidence with the decision.',
        principal_architect:
          "Settles the organization's big technical bets (build or buy, new platforms) with reference implementations and benchmarks, published so that others can reproduce them.",
        tech_lead:
          "Plans time for spikes and learning builds into the team's work, and turns their results into decisions the team records.",
        engineering_manager:
          'Makes building-to-learn part of development time: agrees learning projects with each engineer and links them to their growth goals.',
        director:
          'Funds prototype and research work across teams (a spike budget, hack weeks) and makes sure the results feed strategy decisions.',
      },
    ),
  ],
};

const PROBLEM_SOLVING: Area = {
  key: 'problem_solving',
  name: 'Problem solving',
  description:
    'Takes part in incident resolution, learns from failure cases, and keeps an accurate mental model of how the system behaves.',
  competencies: [
    competency(
      'incident_response',
      'Incident response',
      'Helps resolve production incidents calmly and methodically: diagnoses, mitigates and communicates.',
      {
        engineer:
          "Takes part in on-call for the team's services with support: follows runbooks, gathers logs and metrics, and escalates early with the facts.",
        senior_engineer:
          "Handles incidents in the team's services alone as first responder: mitigates before fixing, keeps a timeline, and keeps stakeholders informed.",
        domain_expert:
          'Is called into the hardest incidents of their field across teams and finds root causes others cannot (e.g. data corruption, concurrency, kernel or network issues).',
        architect:
          "Leads the technical response to incidents that span several teams' systems: coordinates responders and chooses the safest mitigation.",
        principal_architect:
          'Shapes how the organization handles major incidents (severity levels, roles, communication) and leads the technical response to the most critical ones.',
        tech_lead:
          "Organises the team's on-call rotation and runbooks, leads the response to the team's serious incidents, and makes sure every engineer can be on call safely.",
        engineering_manager:
          'Keeps on-call sustainable (load, rotations, time for follow-up), supports responders during major incidents, and handles communication with stakeholders and customers.',
        director:
          'Owns incident readiness across teams (on-call health, escalation paths, staffing for major incidents) and reports reliability to the business.',
      },
    ),
    competency(
      'learning_from_failure',
      'Learning from failure',
      'Turns incidents, bugs and failed projects into lasting improvements, without blame.',
      {
        engineer:
          'Writes down what went wrong after their own bugs and mistakes, adds a test or check that would have caught it, and shares it openly.',
        senior_engineer:
          "Writes blameless postmortems for the team's incidents with clear root causes, and follows their actions through until they are done.",
        domain_expert:
          'Collects and studies failure cases of their field, internal and published, and turns recurring patterns into checks, tests or guidance for several teams.',
        architect:
          'Finds systemic causes across incidents in several teams (shared dependencies, missing back-pressure, unsafe deploys) and drives architectural fixes that remove whole classes of failure.',
        principal_architect:
          "Builds the organization's memory of failure (postmortem reviews, a failure catalogue, game days) and uses it to set engineering priorities.",
        tech_lead:
          "Runs the team's postmortems and retrospectives without blame, and gets their actions into the team's plan rather than a backlog nobody reads.",
        engineering_manager:
          'Makes it safe to report mistakes early, tracks that postmortem actions get done, and treats repeated failure as a planning problem rather than a person problem.',
        director:
          'Reviews failure trends across teams every quarter and invests in the fixes they call for (people, time, tooling), reporting progress to leadership.',
      },
    ),
    competency(
      'mental_model',
      'Mental model of the system',
      'Keeps an accurate picture of how the system behaves (data flows, dependencies, failure modes, load) and debugs from it.',
      {
        engineer:
          'Can explain how a request flows through the service they work on, and checks assumptions with logs, metrics and a debugger instead of guessing.',
        senior_engineer:
          "Knows the team's systems well enough to predict the effect of a change on latency, load and failures, and checks the prediction with data after release.",
        domain_expert:
          "Knows how their field's systems behave under extreme conditions (saturation, partial failure, skewed data) and helps several teams reason from first principles where dashboards stop.",
        architect:
          "Holds an accurate model of how several teams' systems interact (dependencies, data flows, capacity limits) and keeps it written down as living architecture documentation.",
        principal_architect:
          "Maintains a model of the organization's whole platform that leadership relies on for risk and capacity decisions, and notices when reality drifts from it.",
        tech_lead:
          'Makes sure the team shares one accurate model of its systems (diagrams, dashboards, runbooks) and that newcomers build it quickly.',
        engineering_manager:
          'Knows the systems well enough to judge risk in plans and incidents, and makes sure knowledge of each system does not rest on one person.',
        director:
          "Ensures every critical system has owners who understand it, and that the organization's picture of its systems is current enough to plan with.",
      },
    ),
  ],
};

const ROBUST_DESIGN: Area = {
  key: 'robust_design',
  name: 'Robust design',
  description:
    'Defensive, predictable code; clear API contracts; outputs that can be predicted under unusual conditions.',
  competencies: [
    competency(
      'defensive_code',
      'Defensive, predictable code',
      'Writes code that validates its inputs, handles errors explicitly, and fails in a predictable, visible way.',
      {
        engineer:
          'Validates inputs, handles errors explicitly instead of swallowing them, and tests edge cases (empty, missing, very large, duplicated) as well as the happy path.',
        senior_engineer:
          "Designs the team's components so that their failure modes are explicit: timeouts, bounded retries, idempotent operations, and errors that say what went wrong and what to do.",
        domain_expert:
          'Knows the subtle failure modes of their field (e.g. clock skew, partial writes, floating point, encodings) and builds safeguards against them that several teams reuse.',
        architect:
          'Sets the resilience patterns several teams follow (timeouts, back-pressure, idempotency, bulkheads) and reviews new designs for how they fail.',
        principal_architect:
          "Defines the organization's standards for the safety of code (invariants that must hold, failure budgets) and makes them part of how every system is reviewed.",
        tech_lead:
          "Sets the team's bar for defensive code in reviews and checklists, and makes sure risky changes ship behind flags with a tested rollback.",
        engineering_manager:
          'Makes room in plans for hardening work and counts it as delivery, and asks for a failure-mode review before risky launches.',
        director:
          'Tracks the reliability of systems across teams against agreed objectives, and invests where failures come from unpredictable code.',
      },
    ),
    competency(
      'api_contracts',
      'API contracts',
      'Designs clear, documented, stable interfaces between components, services and teams.',
      {
        engineer:
          'Documents the inputs, outputs and errors of the functions and endpoints they write, and never changes existing behaviour without telling its users.',
        senior_engineer:
          "Designs the team's APIs with explicit contracts (types, schemas, error codes, versions), covers them with contract tests, and evolves them without breaking clients.",
        domain_expert:
          "Designs the interfaces of their field's core components so that several teams use them correctly without help, and documents their guarantees (consistency, ordering, limits) precisely.",
        architect:
          "Defines the contracts between several teams' systems (schemas, events, service levels, deprecation policy) and arbitrates when they conflict.",
        principal_architect:
          "Sets the organization's API and integration standards (style, versioning, compatibility, ownership) and keeps public and partner APIs stable for years.",
        tech_lead:
          "Owns the team's API surface: reviews every contract change, keeps its documentation current, and coordinates breaking changes with the teams that use it.",
        engineering_manager:
          "Makes sure the team's commitments to other teams (APIs, service levels, deprecations) are agreed, planned and kept, and escalates early when they cannot be.",
        director:
          "Makes the contracts and dependencies between teams explicit and owned, and resolves conflicts between teams' interfaces and priorities.",
      },
    ),
    competency(
      'unusual_conditions',
      'Behaviour under unusual conditions',
      "Makes the system's outputs predictable under load, partial failure, bad data and other unusual conditions, and proves it.",
      {
        engineer:
          'Tests their code against unusual conditions (timeouts, retries, concurrent calls, bad data) and can say what it returns in each case.',
        senior_engineer:
          "Proves how the team's services behave under load and partial failure with load tests, fault injection or property-based tests, and fixes what surprises them.",
        domain_expert:
          "Measures how their field's systems behave at the edges (overload, failover, corrupt input) and publishes the limits several teams can rely on.",
        architect:
          'Designs systems that degrade gracefully across teams (fallbacks, load shedding, consistent behaviour during failover) and verifies it with game days or chaos experiments.',
        principal_architect:
          'Ensures the organization knows and tests how its critical systems behave in disaster scenarios (loss of a region, data corruption, a dependency outage).',
        tech_lead:
          "Plans load, failure and recovery testing into the team's releases, and makes the limits of the team's services known to those who depend on them.",
        engineering_manager:
          'Makes sure testing under unusual conditions is planned and staffed before major launches and peak periods, not after the first outage.',
        director:
          'Sponsors resilience programmes across teams (game days, disaster-recovery drills) and makes their results part of launch and investment decisions.',
      },
    ),
  ],
};

const DOMAIN_EXPERTISE: Area = {
  key: 'domain_expertise',
  name: 'Domain expertise',
  description:
    'Depth in one field; knows its academic and engineering ceiling; follows its top venues (e.g. OSDI and SOSP for systems).',
  competencies: [
    competency(
      'depth_in_a_field',
      'Depth in one field',
      'Masters one technical field deeply, e.g. distributed systems, databases, security, machine-learning systems or payments.',
      {
        engineer:
          'Is building solid foundations in the field of their team (a core textbook, its main algorithms and tools) and can explain its basic concepts.',
        senior_engineer:
          "Is the team's strongest person in at least one field its work depends on, and uses that depth to make visibly better decisions.",
        domain_expert:
          'Is recognised across several teams as the expert in their field: others ask for their review on designs in it and trust their judgement on its hardest problems.',
        architect:
          'Keeps depth in at least one field while combining expertise from several fields in cross-team designs, and knows when to bring in a deeper expert.',
        principal_architect:
          "Is recognised beyond the organization for expertise in their field (invited talks, reviews, standards or major open-source work) and uses it to shape the organization's strategy.",
        tech_lead:
          "Has depth in the team's core field and makes sure the team builds it too, through pairing, reading groups and ownership of hard problems.",
        engineering_manager:
          "Knows which fields the team's work needs, who has depth in each and where the gaps are, and closes them through hiring and development time.",
        director:
          'Keeps a map of the expertise the organization needs across teams, and builds it deliberately through hiring, growth paths and domain-expert roles.',
      },
    ),
    competency(
      'state_of_the_art',
      'Knowing the ceiling',
      'Knows the academic and engineering state of the art of the field: what is possible, what is not, and at what cost.',
      {
        engineer:
          "Knows the standard approaches of the team's field and where to look for more (reference books, documentation, respected engineering blogs).",
        senior_engineer:
          "Knows the main alternatives to the team's current solutions and their published trade-offs, and notices when the team is working near the limits of its approach.",
        domain_expert:
          'Knows the academic and engineering ceiling of their field (the best published results, theoretical limits, what leading companies run in production) and tells several teams how far their systems are from it.',
        architect:
          'Uses the state of the art of several fields to judge whether a cross-team problem is solved elsewhere, needs research, or is impossible (e.g. the limits of consensus or of the CAP theorem).',
        principal_architect:
          'Positions the organization against the state of the art: decides where it should lead, where it should follow, and where it should adopt the best existing solution.',
        tech_lead:
          "Brings the state of the art into the team's design reviews, so that the team chooses known good solutions before inventing its own.",
        engineering_manager:
          'Makes sure plans are informed by what the best in the field do, e.g. by asking for a prior-art section in proposals and inviting experts.',
        director:
          "Benchmarks the teams' technology and practices against the industry and the research frontier, and sets investment priorities from the gaps.",
      },
    ),
    competency(
      'following_the_field',
      'Following the field',
      "Follows the field's top venues and literature (e.g. OSDI, SOSP, NSDI for systems; VLDB, SIGMOD for databases; USENIX Security for security) and applies what is relevant.",
      {
        engineer:
          "Reads or watches at least one technical article or talk a week in the team's field and discusses what they learned with the team.",
        senior_engineer:
          "Reads papers and talks from the field's main venues that bear on the team's work, and presents one to the team at least once a quarter.",
        domain_expert:
          'Follows the top venues of their field every year (e.g. OSDI and SOSP for systems) and turns relevant results into concrete proposals for several teams.',
        architect:
          'Follows the top venues of the several fields the architecture rests on, and brings their ideas into cross-team design decisions, with references.',
        principal_architect:
          "Takes part in the field's community (program committees, conference talks, collaborations with researchers) and brings its frontier into the organization's long-term bets.",
        tech_lead: "Runs or sustains the team's reading group and links what is read to the team's actual problems.",
        engineering_manager:
          "Protects time for learning from the field (conferences, papers, courses) in each person's development time, and asks what it changed in their work.",
        director:
          'Funds conferences, research partnerships and learning time across teams, and expects a visible return in designs, talks or growth.',
      },
    ),
  ],
};

const ARCHITECTURE: Area = {
  key: 'architecture',
  name: 'Architecture',
  description: 'Breadth; trade-off analysis; scalability; operability; systems that must evolve for years.',
  competencies: [
    competency(
      'breadth',
      'Technical breadth',
      'Understands many parts of the stack and neighbouring fields (front end, data, infrastructure, security) well enough to design across them.',
      {
        engineer:
          'Understands how their part fits into the product end to end, from the user interface to the database and the deployment.',
        senior_engineer:
          "Works across the team's whole stack (front end, back end, data, infrastructure) and knows enough of neighbouring systems to integrate with them well.",
        domain_expert:
          'Knows how their field connects with the fields around it (e.g. storage with networking and the operating system) and spots, for several teams, effects that specialists on either side miss.',
        architect:
          "Designs across the full range of the organization's technologies and several teams' systems, and discusses each part credibly with its experts.",
        principal_architect:
          "Has a broad view of the industry's technology landscape and of the organization's whole platform, and uses it to keep the architecture coherent.",
        tech_lead:
          "Knows the whole stack of the team's systems and how they depend on other teams, and makes sure the team's designs fit the wider architecture.",
        engineering_manager:
          "Understands the team's architecture and its dependencies well enough to plan, staff, and spot cross-team risks early.",
        director:
          'Understands the architecture across their teams well enough to align team boundaries with system boundaries and to judge architectural investments.',
      },
    ),
    competency(
      'trade_off_analysis',
      'Trade-off analysis',
      'Makes design decisions by comparing options explicitly (cost, risk, complexity, time) and records why.',
      {
        engineer: 'Considers more than one way to implement a task and can explain why they chose theirs.',
        senior_engineer:
          "Writes design documents for the team's features that compare at least two options with their costs and risks, and records the decisions (e.g. as ADRs).",
        domain_expert:
          'Brings quantitative trade-offs from their field into decisions (e.g. consistency against latency, cost per request) and makes the hidden costs of options visible to several teams.',
        architect:
          'Leads cross-team design reviews that compare options on explicit criteria, makes or brokers the decision, and documents the reasoning for those who come later.',
        principal_architect:
          "Makes the organization's biggest technical trade-offs (platforms, build or buy, migrations) on clear criteria that link technology to business outcomes.",
        tech_lead:
          'Makes sure every significant team decision has a written trade-off and an owner, and revisits decisions when their assumptions change.',
        engineering_manager:
          "Weighs technical options against staffing, deadlines and people's growth, and makes those trade-offs explicit to the team and stakeholders.",
        director:
          'Makes trade-offs across the portfolio of teams (what to build, buy, stop or delay) with reasons the teams can understand.',
      },
    ),
    competency(
      'scalability_operability',
      'Scalability and operability',
      'Designs systems that grow with load and data, and that are easy to deploy, observe and run.',
      {
        engineer:
          'Adds logs, metrics and basic alerts to what they build, and knows how to deploy and roll back their own changes.',
        senior_engineer:
          "Designs the team's services with capacity estimates, meaningful SLOs, dashboards and alerts that point to the cause, and simple, safe deployments.",
        domain_expert:
          "Knows how to scale their field's systems by orders of magnitude (partitioning, caching, replication) and guides several teams through the limits they hit.",
        architect:
          'Designs cross-team systems for the load and data of the coming years, with capacity plans, observability standards and operating costs understood in advance.',
        principal_architect:
          "Sets the organization's strategy for scale and operations (platforms, SLO practice, cost efficiency) and anticipates growth limits before the business hits them.",
        tech_lead:
          "Makes operability part of the team's definition of done (observability, runbooks, SLOs) and keeps the team's services within their capacity limits.",
        engineering_manager:
          'Plans capacity and operational work alongside features, and tracks operational load so that it does not silently consume the team.',
        director:
          "Owns the scalability and operating cost of the area's systems, and balances them against feature investment across teams.",
      },
    ),
    competency(
      'evolvable_systems',
      'Systems that evolve for years',
      'Designs for change: modular boundaries, migrations without downtime, and technical debt kept under control.',
      {
        engineer:
          'Keeps changes small, cohesive and reversible, and leaves the code a little easier to change than they found it.',
        senior_engineer:
          "Designs the team's components with clear boundaries so that parts can be replaced, and plans data and schema migrations that run without downtime.",
        domain_expert:
          "Plans the long-term evolution of their field's systems (versions, formats, migrations) so that several teams move forward without big-bang rewrites.",
        architect:
          "Lays out multi-year target architectures for several teams' systems with incremental migration paths, and keeps technical debt visible and prioritised.",
        principal_architect:
          "Guides the evolution of the organization's whole architecture over years, deciding what to retire, rewrite or keep, and sees large migrations through to the end.",
        tech_lead:
          'Keeps a prioritised list of technical debt for the team, pays some of it down every quarter, and finishes migrations rather than leaving them half-done.',
        engineering_manager:
          "Reserves a steady share of the team's capacity for evolution and debt, and defends it against short-term pressure with clear reasons.",
        director:
          'Sets a multi-year technology roadmap across teams, funds migrations through to completion, and retires systems deliberately.',
      },
    ),
  ],
};

const LEADERSHIP: Area = {
  key: 'leadership',
  name: 'Leadership',
  description:
    "Business understanding, team building, measured risk-taking, resource allocation, team efficiency and each person's growth.",
  competencies: [
    competency(
      'business_understanding',
      'Business understanding',
      'Understands how the business makes money, who its customers are, and how technical work moves business results.',
      {
        engineer:
          'Knows who uses the feature they work on and why, and can explain how their work helps that customer.',
        senior_engineer:
          "Understands the business goals behind the team's roadmap, proposes technical work that serves them, and questions work with no clear value.",
        domain_expert:
          'Knows where their field creates business value or risk (cost, reliability, compliance) and explains expert topics to the stakeholders of several teams in terms they can decide on.',
        architect:
          'Links architecture decisions to business strategy and economics (cost, time to market, risk) across several teams, and defends them to business leaders.',
        principal_architect:
          "Helps shape the organization's business strategy from the technology side: where technology can open new products or markets, and where it limits them.",
        tech_lead:
          "Turns business goals into the team's technical plan, and explains to stakeholders what each technical choice costs and enables.",
        engineering_manager:
          "Understands the business of the team's product (customers, metrics, commercial priorities) and sets priorities that balance business value with the team's health and growth.",
        director:
          'Owns the business outcomes of several teams, sets their priorities from the company strategy, and explains engineering investments in business terms.',
      },
    ),
    competency(
      'team_building_and_growth',
      'Team building and growth',
      'Builds teams that work well together and helps each person grow toward their next step.',
      {
        engineer:
          'Helps teammates when asked, gives honest and kind feedback in reviews, and helps newcomers with what they know.',
        senior_engineer:
          'Mentors one or two engineers, makes the team better through reviews and pairing, and takes part in hiring interviews.',
        domain_expert:
          "Grows other engineers' expertise in their field across teams (mentoring, courses, reading groups) so that the organization does not depend on them alone.",
        architect:
          'Mentors senior engineers toward architecture, and brings people from several teams into design work so that they grow through it.',
        principal_architect:
          "Builds the organization's bench of technical leaders: sponsors future architects and leaders, and shapes how technical careers grow.",
        tech_lead:
          'Grows each engineer on the team through the work itself (stretch tasks, design ownership, feedback), shapes team norms, and plays a key part in hiring.',
        engineering_manager:
          'Hires and builds the team; holds regular one-on-ones, agrees growth goals with each person, gives clear feedback, and makes growth visible in staffing and reviews.',
        director:
          'Builds an organization of teams and managers: hires and grows managers, designs team structures, and makes sure growth paths work for every person.',
      },
    ),
    competency(
      'risk_and_resources',
      'Measured risk and resource allocation',
      'Takes measured risks and puts people, time and money where they matter most.',
      {
        engineer:
          'Flags risks in their own tasks early, estimates their work honestly, and asks before taking a shortcut with lasting consequences.',
        senior_engineer:
          "Identifies and reduces the technical risks of the team's projects, proposes bets with a limited downside, and helps the team plan its capacity.",
        domain_expert:
          'Assesses the risks of their field (security, data loss, vendor lock-in) for several teams, with likelihood and impact, and proposes proportionate mitigations.',
        architect:
          "Balances innovation and stability across several teams' systems, chooses where new technology is worth the risk, and stages bets so they can be reversed.",
        principal_architect:
          "Frames the organization's largest technical risks and bets for leadership, with options, costs and exit points, and is accountable for their outcomes.",
        tech_lead:
          "Plans the team's technical work with explicit risks and buffers, decides which risks the team takes, and says early when a plan will not hold.",
        engineering_manager:
          "Allocates the team's time across delivery, support and development on purpose, staffs projects with both results and growth in mind, and manages delivery risk openly.",
        director:
          'Allocates headcount and budget across teams by strategy, takes calculated organizational bets (new teams, reorganizations), and reviews them against results.',
      },
    ),
    competency(
      'team_efficiency',
      'Team efficiency',
      'Helps the team deliver more with less friction: good processes, good tooling, and focus.',
      {
        engineer:
          'Organises their own work well: small pull requests, a clear status, and finishing what they start before starting more.',
        senior_engineer:
          'Improves how the team works (CI speed, review turnaround, automation of repetitive tasks) and removes friction they notice instead of working around it.',
        domain_expert:
          'Builds tools, libraries or platforms in their field that make several teams faster, and measures the gain.',
        architect:
          'Removes structural friction between several teams (unclear ownership, slow shared pipelines, duplicated platforms) through architecture and shared tooling.',
        principal_architect:
          "Shapes the organization's engineering system (platforms, developer experience, delivery metrics) so that every team can deliver quickly and safely.",
        tech_lead:
          "Keeps the team's delivery flowing: limits work in progress, breaks work down, unblocks people quickly, and improves the team's tooling and rituals.",
        engineering_manager:
          "Measures and improves the team's delivery (flow, predictability, focus time), removes organizational blockers, and keeps meetings and interruptions in check.",
        director:
          'Improves delivery across teams (planning cycles, cross-team dependencies, shared platforms, metrics such as DORA) and removes organizational sources of waste.',
      },
    ),
  ],
};

const INFLUENCE: Area = {
  key: 'influence',
  name: 'Influence',
  description:
    'Valuable "works" others use (designs, talks, open-source, writing); a personal knowledge framework shared with others.',
  competencies: [
    competency(
      'works_others_use',
      'Works others use',
      'Creates lasting works that others use: designs, libraries, tools, open-source projects.',
      {
        engineer: 'Writes code and documentation that teammates reuse, such as a helper, a script or a how-to page.',
        senior_engineer:
          'Produces works the whole team relies on (a shared library, a reference design, a tool) and maintains them.',
        domain_expert:
          'Produces works in their field that several teams adopt (a library, a guide, a reference implementation) and supports them.',
        architect:
          'Authors designs, standards and platforms that several teams build on, and keeps them current as the systems evolve.',
        principal_architect:
          'Produces works adopted across the organization and beyond it (widely used open-source projects, influential designs, industry standards).',
        tech_lead:
          "Produces the team's key design documents and tools, and makes sure the team's works are documented and easy for others to find.",
        engineering_manager:
          "Makes the team's works visible (demos, write-ups, internal showcases) and counts producing them as valued work in staffing and reviews.",
        director:
          'Builds a culture where teams share their works inside and outside the company (open-source policy, engineering blog, talks) and supports it with time and budget.',
      },
    ),
    competency(
      'writing_and_talks',
      'Writing and talks',
      'Explains ideas clearly in writing and in talks, for the audience at hand.',
      {
        engineer:
          'Writes clear pull-request descriptions, tickets and short documentation, and presents their work in team demos.',
        senior_engineer:
          "Writes design documents and postmortems that others read and act on, and gives talks about the team's work at internal meetings.",
        domain_expert:
          'Writes and speaks about their field for several teams (internal talks, guides, articles) so that non-experts understand when and how it matters.',
        architect:
          'Explains cross-team architecture in writing and talks that align several teams, adapting the message for engineers and for leadership.',
        principal_architect:
          'Writes and speaks for audiences across and beyond the organization (conference talks, published articles) and represents its technical vision.',
        tech_lead:
          "Keeps the team's written record clear (decisions, plans, designs) and represents the team's technical work in reviews and demos.",
        engineering_manager:
          'Communicates plans, decisions and changes clearly and early to the team and stakeholders, and coaches people on writing and presenting.',
        director:
          'Communicates strategy and change across the organization in writing and in person so that every team understands the why, and represents it externally.',
      },
    ),
    competency(
      'knowledge_framework',
      'Shared knowledge framework',
      'Organises what they know into a personal knowledge framework (notes, checklists, mental models, reading lists) and shares it so others can use it.',
      {
        engineer:
          'Keeps organised notes of what they learn (commands, patterns, lessons from bugs) and shares the useful parts with the team.',
        senior_engineer:
          "Maintains a structured set of notes, checklists and reading lists in their areas, and turns parts of it into the team's documentation.",
        domain_expert:
          'Has a well-organised body of knowledge of their field (concept maps, curated papers, decision guides) that several teams use to learn it.',
        architect:
          'Shares their framework for thinking about architecture (principles, patterns, review checklists) so that several teams design consistently.',
        principal_architect:
          'Has a body of thought the organization and the industry draw on (principles, essays, curricula) that shapes how others think about technology.',
        tech_lead:
          "Turns the team's scattered knowledge into a shared, maintained structure (onboarding guide, runbooks, decision log) that newcomers can follow.",
        engineering_manager:
          'Shares their own framework for leading (how they run one-on-ones, feedback and planning) with the team and peers, and builds the habit of writing knowledge down.',
        director:
          "Builds the organization's knowledge systems (documentation standards, onboarding programmes, leadership playbooks) and contributes their own leadership framework to them.",
      },
    ),
  ],
};

const DEFAULT_FRAMEWORK: Framework = {
  name: 'Engineer → Architect → Leader',
  description:
    'The default Trellis career framework: a technical path from engineer to principal architect, and a management ' +
    'path from tech lead to director. Each level widens the scope of the same behaviours: their own work, the team, ' +
    'several teams, the organization.',
  belowExpectations: DEFAULT_BELOW_EXPECTATIONS,
  tracks: TRACKS,
  areas: [CRAFT, PROBLEM_SOLVING, ROBUST_DESIGN, DOMAIN_EXPERTISE, ARCHITECTURE, LEADERSHIP, INFLUENCE],
};

/**
 * The default framework, "Engineer → Architect → Leader", that every organization starts with.
 * Returns a fresh copy each time, so callers may edit it.
 */
export function defaultFramework(): Framework {
  return structuredClone(DEFAULT_FRAMEWORK);
}
