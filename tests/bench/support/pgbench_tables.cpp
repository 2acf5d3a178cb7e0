#include "support/pgbench_tables.h"

namespace bench {

namespace {

const char* kSpec = "version: 1\n"
                    "entities:\n"
                    "  tables:\n"
                    "    - name: pgbench_branches\n"
                    "      columns:\n"
                    "        - {name: bid, type: INTEGER, nullable: false}\n"
                    "        - {name: bbalance, type: INTEGER}\n"
                    "        - {name: filler, type: CHAR(88)}\n"
                    "    - name: pgbench_tellers\n"
                    "      columns:\n"
                    "        - {name: tid, type: INTEGER, nullable: false}\n"
                    "        - {name: bid, type: INTEGER}\n"
                    "        - {name: tbalance, type: INTEGER}\n"
                    "        - {name: filler, type: CHAR(84)}\n"
                    "    - name: pgbench_accounts\n"
                    "      columns:\n"
                    "        - {name: aid, type: INTEGER, nullable: false}\n"
                    "        - {name: bid, type: INTEGER}\n"
                    "        - {name: abalance, type: INTEGER}\n"
                    "        - {name: filler, type: CHAR(84)}\n"
                    "    - name: pgbench_history\n"
                    "      columns:\n"
                    "        - {name: tid, type: INTEGER}\n"
                    "        - {name: bid, type: INTEGER}\n"
                    "        - {name: aid, type: INTEGER}\n"
                    "        - {name: delta, type: INTEGER}\n"
                    "        - {name: mtime, type: TIMESTAMP}\n"
                    "        - {name: filler, type: CHAR(22)}\n";

const char* kSpecWithKeys = "version: 1\n"
                            "entities:\n"
                            "  tables:\n"
                            "    - name: pgbench_branches\n"
                            "      primary_key: [bid]\n"
                            "      columns:\n"
                            "        - {name: bid, type: INTEGER, nullable: false}\n"
                            "        - {name: bbalance, type: INTEGER}\n"
                            "        - {name: filler, type: CHAR(88)}\n"
                            "    - name: pgbench_tellers\n"
                            "      primary_key: [tid]\n"
                            "      foreign_keys:\n"
                            "        - {name: pgbench_tellers_bid_fkey, column: bid, references: pgbench_branches(bid)}\n"
                            "      columns:\n"
                            "        - {name: tid, type: INTEGER, nullable: false}\n"
                            "        - {name: bid, type: INTEGER}\n"
                            "        - {name: tbalance, type: INTEGER}\n"
                            "        - {name: filler, type: CHAR(84)}\n"
                            "    - name: pgbench_accounts\n"
                            "      primary_key: [aid]\n"
                            "      foreign_keys:\n"
                            "        - {name: pgbench_accounts_bid_fkey, column: bid, references: pgbench_branches(bid)}\n"
                            "      columns:\n"
                            "        - {name: aid, type: INTEGER, nullable: false}\n"
                            "        - {name: bid, type: INTEGER}\n"
                            "        - {name: abalance, type: INTEGER}\n"
                            "        - {name: filler, type: CHAR(84)}\n"
                            "    - name: pgbench_history\n"
                            "      foreign_keys:\n"
                            "        - {name: pgbench_history_bid_fkey, column: bid, references: pgbench_branches(bid)}\n"
                            "        - {name: pgbench_history_tid_fkey, column: tid, references: pgbench_tellers(tid)}\n"
                            "        - {name: pgbench_history_aid_fkey, column: aid, references: pgbench_accounts(aid)}\n"
                            "      columns:\n"
                            "        - {name: tid, type: INTEGER}\n"
                            "        - {name: bid, type: INTEGER}\n"
                            "        - {name: aid, type: INTEGER}\n"
                            "        - {name: delta, type: INTEGER}\n"
                            "        - {name: mtime, type: TIMESTAMP}\n"
                            "        - {name: filler, type: CHAR(22)}\n";

const char* kProfile = "version: 1\n"
                       "tables:\n"
                       "  pgbench_branches:\n"
                       "    rows: 10\n"
                       "    columns:\n"
                       "      bid: {generator: sequence, start: 1}\n"
                       "      bbalance: {generator: uniform, min: 0, max: 0}\n"
                       "      filler: {generator: text, min: 1, max: 1}\n"
                       "  pgbench_tellers:\n"
                       "    rows: 100\n"
                       "    columns:\n"
                       "      tid: {generator: sequence, start: 1}\n"
                       "      bid: {generator: uniform, min: 1, max: 10}\n"
                       "      tbalance: {generator: uniform, min: 0, max: 0}\n"
                       "      filler: {generator: text, min: 1, max: 1}\n"
                       "  pgbench_accounts:\n"
                       "    rows: 1000000\n"
                       "    columns:\n"
                       "      aid: {generator: sequence, start: 1}\n"
                       "      bid: {generator: uniform, min: 1, max: 10}\n"
                       "      abalance: {generator: uniform, min: 0, max: 0}\n"
                       "      filler: {generator: text, min: 1, max: 1}\n"
                       "  pgbench_history: {rows: 0}\n";


const char* kProfileWithKeys = "version: 1\n"
                               "tables:\n"
                               "  pgbench_branches:\n"
                               "    rows: 10\n"
                               "    columns:\n"
                               "      bid: {generator: sequence, start: 1}\n"
                               "      bbalance: {generator: uniform, min: 0, max: 0}\n"
                               "      filler: {generator: text, min: 1, max: 1}\n"
                               "  pgbench_tellers:\n"
                               "    rows: 100\n"
                               "    columns:\n"
                               "      tid: {generator: sequence, start: 1}\n"
                               "      bid: {generator: reference, distribution: uniform}\n"
                               "      tbalance: {generator: uniform, min: 0, max: 0}\n"
                               "      filler: {generator: text, min: 1, max: 1}\n"
                               "  pgbench_accounts:\n"
                               "    rows: 1000000\n"
                               "    columns:\n"
                               "      aid: {generator: sequence, start: 1}\n"
                               "      bid: {generator: reference, distribution: uniform}\n"
                               "      abalance: {generator: uniform, min: 0, max: 0}\n"
                               "      filler: {generator: text, min: 1, max: 1}\n"
                               "  pgbench_history: {rows: 0}\n";


}  // namespace

const char* pgbenchSpec(bool withKeys)
{
    return withKeys ? kSpecWithKeys : kSpec;
}

const char* pgbenchProfile(bool withKeys)
{
    return withKeys ? kProfileWithKeys : kProfile;
}

}  // namespace bench
