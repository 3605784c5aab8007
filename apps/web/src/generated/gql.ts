/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminUser on User {\n    id\n    email\n    role\n    active\n    lastSignInAt\n    person {\n      id\n      name\n    }\n  }\n": typeof types.AdminUserFragmentDoc,
    "\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      at\n      action\n      actorEmail\n      targetType\n      targetId\n      targetLabel\n      detail\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  query Organization {\n    organization {\n      ...OrganizationWithSettings\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  fragment OrganizationWithSettings on Organization {\n    id\n    name\n    settings {\n      fiscalQuarterStartMonth\n      defaultWeeklyCapacityHours\n      targetDevelopmentShare\n    }\n  }\n": typeof types.OrganizationWithSettingsFragmentDoc,
    "\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      ...OrganizationWithSettings\n    }\n  }\n": typeof types.UpdateOrganizationSettingsDocument,
    "\n  query Users {\n    users {\n      ...AdminUser\n    }\n  }\n": typeof types.UsersDocument,
    "\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    active\n    person {\n      id\n      name\n      title\n      level\n      track\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query CompareLevels($from: String!, $to: String!) {\n    compareLevels(from: $from, to: $to) {\n      ...LevelComparisonDetail\n    }\n  }\n": typeof types.CompareLevelsDocument,
    "\n  fragment FrameworkDetail on Framework {\n    name\n    description\n    version\n    belowExpectations {\n      name\n      summary\n    }\n    tracks {\n      key\n      name\n      levels {\n        ...FrameworkLevelFields\n      }\n    }\n    areas {\n      key\n      name\n      description\n      retired\n      competencies {\n        key\n        name\n        description\n        retired\n        expectations {\n          levelKey\n          text\n        }\n      }\n    }\n  }\n": typeof types.FrameworkDetailFragmentDoc,
    "\n  fragment FrameworkLevelFields on FrameworkLevel {\n    key\n    name\n    summary\n    retired\n    trackKey\n  }\n": typeof types.FrameworkLevelFieldsFragmentDoc,
    "\n  query Framework {\n    framework {\n      ...FrameworkDetail\n    }\n  }\n": typeof types.FrameworkDocument,
    "\n  fragment FrameworkYamlProblemFields on FrameworkYamlProblem {\n    line\n    path\n    message\n  }\n": typeof types.FrameworkYamlProblemFieldsFragmentDoc,
    "\n  query FrameworkYaml {\n    frameworkYaml\n  }\n": typeof types.FrameworkYamlDocument,
    "\n  mutation ImportFramework($yaml: String!, $version: Int!) {\n    importFramework(yaml: $yaml, version: $version) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkYamlProblemFields\n      }\n    }\n  }\n": typeof types.ImportFrameworkDocument,
    "\n  fragment LevelComparisonDetail on LevelComparison {\n    from {\n      ...FrameworkLevelFields\n    }\n    to {\n      ...FrameworkLevelFields\n    }\n    rows {\n      areaKey\n      areaName\n      competencyKey\n      competencyName\n      fromText\n      toText\n      changed\n    }\n    changedCount\n  }\n": typeof types.LevelComparisonDetailFragmentDoc,
    "\n  query AdminOverview {\n    organization {\n      id\n      name\n    }\n    people {\n      id\n      active\n    }\n    teams {\n      id\n    }\n    users {\n      id\n      active\n    }\n  }\n": typeof types.AdminOverviewDocument,
    "\n  query ManagerOverview($personId: ID!) {\n    person(id: $personId) {\n      id\n      directReports {\n        ...PersonSummary\n      }\n    }\n    people {\n      ...PersonSummary\n    }\n  }\n": typeof types.ManagerOverviewDocument,
    "\n  query People($filter: PeopleFilter) {\n    people(filter: $filter) {\n      ...PersonSummary\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  fragment PersonDetail on Person {\n    ...PersonSummary\n    version\n    canEdit\n    startDate\n    weeklyCapacityHours\n    directReports {\n      ...PersonSummary\n    }\n  }\n": typeof types.PersonDetailFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetail\n    }\n  }\n": typeof types.PersonDocument,
    "\n  fragment PersonSummary on Person {\n    id\n    name\n    title\n    level\n    track\n    active\n    team {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n": typeof types.PersonSummaryFragmentDoc,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonDetail\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamSummary\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummary\n      children {\n        id\n        name\n      }\n      members {\n        ...PersonSummary\n      }\n    }\n  }\n": typeof types.TeamDocument,
    "\n  fragment TeamSummary on Team {\n    id\n    name\n    version\n    canEdit\n    lead {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    leadName\n    memberCount\n  }\n": typeof types.TeamSummaryFragmentDoc,
    "\n  query Teams {\n    teams {\n      ...TeamSummary\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      ...TeamSummary\n    }\n  }\n": typeof types.UpdateTeamDocument,
};
const documents: Documents = {
    "\n  fragment AdminUser on User {\n    id\n    email\n    role\n    active\n    lastSignInAt\n    person {\n      id\n      name\n    }\n  }\n": types.AdminUserFragmentDoc,
    "\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      at\n      action\n      actorEmail\n      targetType\n      targetId\n      targetLabel\n      detail\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  query Organization {\n    organization {\n      ...OrganizationWithSettings\n    }\n  }\n": types.OrganizationDocument,
    "\n  fragment OrganizationWithSettings on Organization {\n    id\n    name\n    settings {\n      fiscalQuarterStartMonth\n      defaultWeeklyCapacityHours\n      targetDevelopmentShare\n    }\n  }\n": types.OrganizationWithSettingsFragmentDoc,
    "\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      ...OrganizationWithSettings\n    }\n  }\n": types.UpdateOrganizationSettingsDocument,
    "\n  query Users {\n    users {\n      ...AdminUser\n    }\n  }\n": types.UsersDocument,
    "\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    active\n    person {\n      id\n      name\n      title\n      level\n      track\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query CompareLevels($from: String!, $to: String!) {\n    compareLevels(from: $from, to: $to) {\n      ...LevelComparisonDetail\n    }\n  }\n": types.CompareLevelsDocument,
    "\n  fragment FrameworkDetail on Framework {\n    name\n    description\n    version\n    belowExpectations {\n      name\n      summary\n    }\n    tracks {\n      key\n      name\n      levels {\n        ...FrameworkLevelFields\n      }\n    }\n    areas {\n      key\n      name\n      description\n      retired\n      competencies {\n        key\n        name\n        description\n        retired\n        expectations {\n          levelKey\n          text\n        }\n      }\n    }\n  }\n": types.FrameworkDetailFragmentDoc,
    "\n  fragment FrameworkLevelFields on FrameworkLevel {\n    key\n    name\n    summary\n    retired\n    trackKey\n  }\n": types.FrameworkLevelFieldsFragmentDoc,
    "\n  query Framework {\n    framework {\n      ...FrameworkDetail\n    }\n  }\n": types.FrameworkDocument,
    "\n  fragment FrameworkYamlProblemFields on FrameworkYamlProblem {\n    line\n    path\n    message\n  }\n": types.FrameworkYamlProblemFieldsFragmentDoc,
    "\n  query FrameworkYaml {\n    frameworkYaml\n  }\n": types.FrameworkYamlDocument,
    "\n  mutation ImportFramework($yaml: String!, $version: Int!) {\n    importFramework(yaml: $yaml, version: $version) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkYamlProblemFields\n      }\n    }\n  }\n": types.ImportFrameworkDocument,
    "\n  fragment LevelComparisonDetail on LevelComparison {\n    from {\n      ...FrameworkLevelFields\n    }\n    to {\n      ...FrameworkLevelFields\n    }\n    rows {\n      areaKey\n      areaName\n      competencyKey\n      competencyName\n      fromText\n      toText\n      changed\n    }\n    changedCount\n  }\n": types.LevelComparisonDetailFragmentDoc,
    "\n  query AdminOverview {\n    organization {\n      id\n      name\n    }\n    people {\n      id\n      active\n    }\n    teams {\n      id\n    }\n    users {\n      id\n      active\n    }\n  }\n": types.AdminOverviewDocument,
    "\n  query ManagerOverview($personId: ID!) {\n    person(id: $personId) {\n      id\n      directReports {\n        ...PersonSummary\n      }\n    }\n    people {\n      ...PersonSummary\n    }\n  }\n": types.ManagerOverviewDocument,
    "\n  query People($filter: PeopleFilter) {\n    people(filter: $filter) {\n      ...PersonSummary\n    }\n  }\n": types.PeopleDocument,
    "\n  fragment PersonDetail on Person {\n    ...PersonSummary\n    version\n    canEdit\n    startDate\n    weeklyCapacityHours\n    directReports {\n      ...PersonSummary\n    }\n  }\n": types.PersonDetailFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetail\n    }\n  }\n": types.PersonDocument,
    "\n  fragment PersonSummary on Person {\n    id\n    name\n    title\n    level\n    track\n    active\n    team {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n": types.PersonSummaryFragmentDoc,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonDetail\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamSummary\n    }\n  }\n": types.CreateTeamDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummary\n      children {\n        id\n        name\n      }\n      members {\n        ...PersonSummary\n      }\n    }\n  }\n": types.TeamDocument,
    "\n  fragment TeamSummary on Team {\n    id\n    name\n    version\n    canEdit\n    lead {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    leadName\n    memberCount\n  }\n": types.TeamSummaryFragmentDoc,
    "\n  query Teams {\n    teams {\n      ...TeamSummary\n    }\n  }\n": types.TeamsDocument,
    "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      ...TeamSummary\n    }\n  }\n": types.UpdateTeamDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUser on User {\n    id\n    email\n    role\n    active\n    lastSignInAt\n    person {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUser on User {\n    id\n    email\n    role\n    active\n    lastSignInAt\n    person {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      at\n      action\n      actorEmail\n      targetType\n      targetId\n      targetLabel\n      detail\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($limit: Int!) {\n    auditLog(limit: $limit) {\n      id\n      at\n      action\n      actorEmail\n      targetType\n      targetId\n      targetLabel\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($userId: ID!, $role: Role!) {\n    changeUserRole(userId: $userId, role: $role) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization {\n    organization {\n      ...OrganizationWithSettings\n    }\n  }\n"): (typeof documents)["\n  query Organization {\n    organization {\n      ...OrganizationWithSettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationWithSettings on Organization {\n    id\n    name\n    settings {\n      fiscalQuarterStartMonth\n      defaultWeeklyCapacityHours\n      targetDevelopmentShare\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationWithSettings on Organization {\n    id\n    name\n    settings {\n      fiscalQuarterStartMonth\n      defaultWeeklyCapacityHours\n      targetDevelopmentShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      ...OrganizationWithSettings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      ...OrganizationWithSettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...AdminUser\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...AdminUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    active\n    person {\n      id\n      name\n      title\n      level\n      track\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    email\n    role\n    active\n    person {\n      id\n      name\n      title\n      level\n      track\n      team {\n        id\n        name\n      }\n      manager {\n        id\n        name\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareLevels($from: String!, $to: String!) {\n    compareLevels(from: $from, to: $to) {\n      ...LevelComparisonDetail\n    }\n  }\n"): (typeof documents)["\n  query CompareLevels($from: String!, $to: String!) {\n    compareLevels(from: $from, to: $to) {\n      ...LevelComparisonDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FrameworkDetail on Framework {\n    name\n    description\n    version\n    belowExpectations {\n      name\n      summary\n    }\n    tracks {\n      key\n      name\n      levels {\n        ...FrameworkLevelFields\n      }\n    }\n    areas {\n      key\n      name\n      description\n      retired\n      competencies {\n        key\n        name\n        description\n        retired\n        expectations {\n          levelKey\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FrameworkDetail on Framework {\n    name\n    description\n    version\n    belowExpectations {\n      name\n      summary\n    }\n    tracks {\n      key\n      name\n      levels {\n        ...FrameworkLevelFields\n      }\n    }\n    areas {\n      key\n      name\n      description\n      retired\n      competencies {\n        key\n        name\n        description\n        retired\n        expectations {\n          levelKey\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FrameworkLevelFields on FrameworkLevel {\n    key\n    name\n    summary\n    retired\n    trackKey\n  }\n"): (typeof documents)["\n  fragment FrameworkLevelFields on FrameworkLevel {\n    key\n    name\n    summary\n    retired\n    trackKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Framework {\n    framework {\n      ...FrameworkDetail\n    }\n  }\n"): (typeof documents)["\n  query Framework {\n    framework {\n      ...FrameworkDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FrameworkYamlProblemFields on FrameworkYamlProblem {\n    line\n    path\n    message\n  }\n"): (typeof documents)["\n  fragment FrameworkYamlProblemFields on FrameworkYamlProblem {\n    line\n    path\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkYaml {\n    frameworkYaml\n  }\n"): (typeof documents)["\n  query FrameworkYaml {\n    frameworkYaml\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFramework($yaml: String!, $version: Int!) {\n    importFramework(yaml: $yaml, version: $version) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkYamlProblemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFramework($yaml: String!, $version: Int!) {\n    importFramework(yaml: $yaml, version: $version) {\n      framework {\n        ...FrameworkDetail\n      }\n      problems {\n        ...FrameworkYamlProblemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LevelComparisonDetail on LevelComparison {\n    from {\n      ...FrameworkLevelFields\n    }\n    to {\n      ...FrameworkLevelFields\n    }\n    rows {\n      areaKey\n      areaName\n      competencyKey\n      competencyName\n      fromText\n      toText\n      changed\n    }\n    changedCount\n  }\n"): (typeof documents)["\n  fragment LevelComparisonDetail on LevelComparison {\n    from {\n      ...FrameworkLevelFields\n    }\n    to {\n      ...FrameworkLevelFields\n    }\n    rows {\n      areaKey\n      areaName\n      competencyKey\n      competencyName\n      fromText\n      toText\n      changed\n    }\n    changedCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOverview {\n    organization {\n      id\n      name\n    }\n    people {\n      id\n      active\n    }\n    teams {\n      id\n    }\n    users {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  query AdminOverview {\n    organization {\n      id\n      name\n    }\n    people {\n      id\n      active\n    }\n    teams {\n      id\n    }\n    users {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerOverview($personId: ID!) {\n    person(id: $personId) {\n      id\n      directReports {\n        ...PersonSummary\n      }\n    }\n    people {\n      ...PersonSummary\n    }\n  }\n"): (typeof documents)["\n  query ManagerOverview($personId: ID!) {\n    person(id: $personId) {\n      id\n      directReports {\n        ...PersonSummary\n      }\n    }\n    people {\n      ...PersonSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($filter: PeopleFilter) {\n    people(filter: $filter) {\n      ...PersonSummary\n    }\n  }\n"): (typeof documents)["\n  query People($filter: PeopleFilter) {\n    people(filter: $filter) {\n      ...PersonSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonDetail on Person {\n    ...PersonSummary\n    version\n    canEdit\n    startDate\n    weeklyCapacityHours\n    directReports {\n      ...PersonSummary\n    }\n  }\n"): (typeof documents)["\n  fragment PersonDetail on Person {\n    ...PersonSummary\n    version\n    canEdit\n    startDate\n    weeklyCapacityHours\n    directReports {\n      ...PersonSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetail\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSummary on Person {\n    id\n    name\n    title\n    level\n    track\n    active\n    team {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonSummary on Person {\n    id\n    name\n    title\n    level\n    track\n    active\n    team {\n      id\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummary\n      children {\n        id\n        name\n      }\n      members {\n        ...PersonSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query Team($id: ID!) {\n    team(id: $id) {\n      ...TeamSummary\n      children {\n        id\n        name\n      }\n      members {\n        ...PersonSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamSummary on Team {\n    id\n    name\n    version\n    canEdit\n    lead {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    leadName\n    memberCount\n  }\n"): (typeof documents)["\n  fragment TeamSummary on Team {\n    id\n    name\n    version\n    canEdit\n    lead {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n    leadName\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams {\n    teams {\n      ...TeamSummary\n    }\n  }\n"): (typeof documents)["\n  query Teams {\n    teams {\n      ...TeamSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      ...TeamSummary\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      ...TeamSummary\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;