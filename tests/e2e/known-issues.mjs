// Product accessibility defects already reported, tolerated so the suite can guard
// everything else. Each entry matches one axe rule on one element selector, e.g.
//   { rule: 'color-contrast', target: '.m_3d733a3a', reason: 'notification description 3.32:1' }
// A matched finding is printed as KNOWN and does not fail the journey. Remove an entry once
// the product is fixed (the summary flags entries that no longer match anything).
// TRELLIS_E2E_STRICT=1 ignores this list.
//
// Fixed so far: the notification description contrast (gray-6 on white, 3.32:1), commit 2dd9d18.
export const knownAxeIssues = [];
