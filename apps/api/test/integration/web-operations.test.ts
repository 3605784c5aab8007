import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentNode, type OperationDefinitionNode, print } from 'graphql';
import { GraphQLClient } from '../support/graphql-client';
import { createTestOrganization, startTestApp, TestApp } from '../support/test-app';

/**
 * Every operation the web client is built with, read from its generated module (as text: the
 * apps do not import each other), where each is a document in JSON.
 */
function webOperations(): { name: string; kind: string; required: number; text: string }[] {
  const source = readFileSync(join(__dirname, '../../../web/src/generated/graphql.ts'), 'utf8');
  return [...source.matchAll(/^export const \w+Document = (\{.*\}) as unknown as DocumentNode/gm)]
    .map((match) => JSON.parse(match[1]) as DocumentNode)
    .flatMap((doc) => {
      const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      if (!operation?.name) return [];
      const required = (operation.variableDefinitions ?? []).filter((v) => v.type.kind === 'NonNullType').length;
      return [{ name: operation.name.value, kind: operation.operation, required, text: print(doc) }];
    });
}

/**
 * The API's limits (depth, cost, aliases, tokens) and its schema accept every operation the web
 * client sends: a fragment-built document that the limits refuse would only show in the browser.
 * Each is sent without variables: queries run, mutations stop at their missing required
 * variables before anything executes.
 */
describe("the web client's operations", () => {
  let test: TestApp;
  let admin: GraphQLClient;
  const operations = webOperations();

  beforeAll(async () => {
    test = await startTestApp();
    admin = await (await createTestOrganization(test)).signIn('admin');
  });
  afterAll(() => test.close());

  it('are all found in the generated client', () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['PeoplePage', 'UpdateFramework', 'ImportFramework', 'TeamGrowth', 'SaveAssessments']),
    );
  });

  it.each(webOperations().map((o) => [o.name, o] as const))(
    '%s passes validation and the limits',
    async (_name, op) => {
      // A mutation without required variables would run for real; none may exist unnoticed.
      // These act only on the viewer's own session, calendar feed or notifications.
      if (op.kind === 'mutation' && op.required === 0) {
        expect(['SignOut', 'MarkNotificationsRead', 'RegenerateCalendarFeed', 'RevokeCalendarFeed']).toContain(op.name);
        return;
      }
      const res = await admin.request(op.text, {});
      const refused = res.errors.filter(
        (e) =>
          e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || /limit of \d+ exceeded|exceeds the/i.test(e.message),
      );
      expect(refused).toEqual([]);
      expect(res.status).not.toBe(500);
    },
  );
});
