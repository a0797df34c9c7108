// Live runs: the lab (/lab/) and the run panel beside a block.
export const live = {};
