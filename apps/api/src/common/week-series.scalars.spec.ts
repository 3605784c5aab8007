import { GraphQLError, Kind } from 'graphql';
import { WeekFlagsScalar, WeekNumbersScalar } from './week-series.scalars';

describe('the week-series scalars', () => {
  it('send a week list as the same JSON a GraphQL list would be', () => {
    expect(WeekNumbersScalar.serialize([0, 0.5, 1.25])).toEqual([0, 0.5, 1.25]);
    expect(WeekFlagsScalar.serialize([true, false])).toEqual([true, false]);
    expect(JSON.stringify({ v: WeekNumbersScalar.serialize([]) })).toBe('{"v":[]}');
  });

  it('refuse to send what is not such a list, naming the scalar', () => {
    for (const bad of [[1, Number.NaN], [1, '2'], 3, null]) {
      expect(() => WeekNumbersScalar.serialize(bad)).toThrow('WeekNumbers must be a list of finite numbers.');
    }
    expect(() => WeekFlagsScalar.serialize([true, 1])).toThrow('WeekFlags must be a list of booleans.');
  });

  it('are never read as an argument', () => {
    expect(() => WeekNumbersScalar.parseValue([1])).toThrow(GraphQLError);
    expect(() => WeekFlagsScalar.parseLiteral({ kind: Kind.LIST, values: [] })).toThrow(
      'WeekFlags is sent by the API only; it is never an argument.',
    );
  });
});
