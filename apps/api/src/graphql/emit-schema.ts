import '../module-aliases';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FEATURES } from '../modules/features';

/** Writes the code-first schema, sorted, to libs/graphql-schema/schema.graphql. */
async function emit(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(FEATURES.flatMap((feature) => feature.resolvers));
  const target = resolve(process.cwd(), 'libs/graphql-schema/schema.graphql');
  const header = '# Emitted from the API code by `npm run schema:emit`. Do not edit by hand.\n\n';
  writeFileSync(target, header + printSchema(lexicographicSortSchema(schema)) + '\n');
  await app.close();
  console.log(`Schema written to ${target}`);
}

emit().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
