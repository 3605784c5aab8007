import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RecordReadKind {
  MEETING_NOTES = 'meeting_notes',
  ASSESSMENTS = 'assessments',
  REVIEW = 'review',
}
registerEnumType(RecordReadKind, {
  name: 'RecordReadKind',
  description: 'What kind of record was read (never its content).',
  valuesMap: {
    MEETING_NOTES: { description: 'A one-on-one’s shared notes.' },
    ASSESSMENTS: { description: 'Self and manager ratings.' },
    REVIEW: { description: 'A quarterly review and its packet.' },
  },
});

@ObjectType({ description: 'Someone read one kind of the viewer’s records on a day.' })
export class RecordRead {
  @Field({ description: 'The reader’s name (or account email) when they read it.' })
  readerName!: string;

  @Field(() => RecordReadKind)
  kind!: RecordReadKind;

  @Field(() => Date, { description: 'The latest read that day.' })
  at!: Date;

  @Field(() => Int, { description: 'Reads that day (a page opened again within an hour counts once).' })
  times!: number;
}
