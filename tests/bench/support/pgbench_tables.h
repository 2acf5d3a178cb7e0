#pragma once

namespace bench {

// pgbench's four tables with pgbench's column types, as a spec: as `pgbench -i -I t` creates them (no keys), or
// with the primary and foreign keys its `p` and `f` steps add.
const char* pgbenchSpec(bool withKeys);

// What pgbench writes at scale 10 (1,000,000 accounts, 100 tellers, 10 branches): keys 1..n, branch ids spread
// over the 10 branches, zero balances. Fillers are short words where pgbench leaves them empty, so the seed side
// sends slightly more bytes. With keys, the branch ids are references to the branches.
const char* pgbenchProfile(bool withKeys);

}  // namespace bench
