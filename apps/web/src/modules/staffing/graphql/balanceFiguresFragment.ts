import { graphql } from '@web/generated';

export const balanceFiguresFragment = graphql(`
  fragment BalanceFiguresFields on BalanceFigures {
    capacityDays
    allocatedShare
    tentativeShare
    deliveryShare
    developmentShare
    supportShare
    growthAlignedShare
    developmentShortfall
    overAllocatedWeeks
  }
`);
